namespace HamstringBack.Core.Render.Checklist;

/// <summary>One exercise of the routine in the checklist's JSON: its dose and every set to tick.</summary>
/// <param name="Cue">The key cue, shown by the guided session.</param>
/// <param name="Range">How far a clinician's programme may change the dose (issue 20): [lowest, highest] of each part.</param>
/// <param name="Image">The first frame's picture, or a drawing of its own with start and end side by side; or empty.</param>
/// <param name="ImageEnd">The last frame's picture when <paramref name="Image"/> is the first frame's; else empty.</param>
/// <param name="ImageEndAlt">What the last frame's picture shows; empty with <paramref name="ImageEnd"/>.</param>
public sealed record ChecklistExerciseJson(
    string Id,
    string Name,
    string Dose,
    string Frequency,
    int Hold,
    int Reps,
    string Sides,
    int PerDay,
    string Url,
    string Cue,
    string Image,
    string ImageEnd,
    string ImageAlt,
    string ImageEndAlt,
    IReadOnlyList<ChecklistSet> Sets,
    IReadOnlyList<string> FormerIds,
    DoseRangeJson Range);

/// <summary>An exercise's dose range as the programme scripts read it; each part [lowest, highest], hold [0, 0] for none.</summary>
public sealed record DoseRangeJson(int[] Sets, int[] Reps, int[] Hold, int[] PerDay);
