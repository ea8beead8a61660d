using System.Text.Json.Serialization;

namespace HamstringBack.Core.Render.Checklist;

/// <summary>The routine as theme/static/js/checklist.js reads it (serialised with camelCase names).</summary>
/// <param name="More">The site's exercises that are not in the routine, which a clinician's programme may use (issue 20);
/// null (left out) on pages that carry the routine only (issue 16): their script reads these from the checklist page.</param>
/// <param name="V">Version of this JSON shape, <see cref="ChecklistData.Version"/>.</param>
public sealed record ChecklistJson(
    int V,
    string Title,
    string Checklist,
    IReadOnlyList<ChecklistExerciseJson> Exercises,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ChecklistExerciseJson>? More);
