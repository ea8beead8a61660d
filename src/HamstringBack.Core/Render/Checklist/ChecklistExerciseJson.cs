namespace HamstringBack.Core.Render.Checklist;

/// <summary>One exercise of the routine in the checklist's JSON: its dose and every set to tick.</summary>
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
    IReadOnlyList<ChecklistSet> Sets,
    IReadOnlyList<string> FormerIds);
