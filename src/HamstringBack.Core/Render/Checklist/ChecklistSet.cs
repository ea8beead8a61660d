namespace HamstringBack.Core.Render.Checklist;

/// <summary>
/// One box to tick on the daily checklist: one set of an exercise (its reps or holds), on one side, in one session.
/// </summary>
/// <param name="Id">Stable storage key, "exerciseId:session:side:sN" (side L, R or B), e.g. "glute-bridge:1:B:s1".
/// It depends only on the exercise id and the set's place, so ticks survive a change to the routine. Ticks saved
/// before issue 14 were one per repetition ("glute-bridge:1:B:3"); theme/static/js/migrate.js turns them into sets.</param>
/// <param name="Session">1-based session of the day.</param>
/// <param name="Side">L, R or B (both sides, or both in turn).</param>
/// <param name="N">1-based number of the set on this side in this session.</param>
/// <param name="Label">What the checkbox says, e.g. "Left leg" or "Left leg, set 1 of 3".</param>
public sealed record ChecklistSet(string Id, int Session, string Side, int N, string Label);
