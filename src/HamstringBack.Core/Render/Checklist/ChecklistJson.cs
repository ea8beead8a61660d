namespace HamstringBack.Core.Render.Checklist;

/// <summary>The routine as theme/static/js/checklist.js reads it (serialised with camelCase names).</summary>
/// <param name="V">Version of this JSON shape, <see cref="ChecklistData.Version"/>.</param>
public sealed record ChecklistJson(int V, string Title, string Checklist, IReadOnlyList<ChecklistExerciseJson> Exercises);
