namespace HamstringBack.Core.Render.Checklist;

/// <summary>One exercise of the routine in the checklist's JSON: its dose and every set to tick.</summary>
/// <param name="Cue">The key cue, shown by the guided session.</param>
/// <param name="Image">The drawing's URL (start and end side by side), or empty.</param>
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
    string ImageAlt,
    IReadOnlyList<ChecklistSet> Sets,
    IReadOnlyList<string> FormerIds);
