namespace HamstringBack.Core.Render.Checklist;

/// <summary>
/// One box to tick on the daily checklist: one hold or one set of an exercise, on one side, in one session.
/// </summary>
/// <param name="Id">Stable storage key, "exerciseId:session:side:n" (side L, R or B), e.g. "glute-bridge:1:B:3".
/// It depends only on the exercise id and the set's place, so ticks survive a change to the routine.</param>
/// <param name="Session">1-based session of the day.</param>
/// <param name="Label">What the checkbox says, e.g. "Left leg 1 of 2".</param>
public sealed record ChecklistSet(string Id, int Session, string Label);
