using Markdig.Syntax.Inlines;

namespace HamstringBack.Core.Markdown.ExerciseFacts;

/// <summary>
/// An insert of one fact from an exercise's YAML, written <c>{{dose glute-bridge}}</c>: <see cref="Field"/> is
/// "dose", <see cref="ExerciseId"/> "glute-bridge". <see cref="ContentRenderer"/> replaces it with the text.
/// </summary>
public sealed class ExerciseFactInline : LeafInline
{
    /// <summary>Which fact: one of <see cref="ExerciseFacts.Fields"/> when written correctly.</summary>
    public string Field { get; init; } = string.Empty;

    /// <summary>The exercise's id (its file name without .yml).</summary>
    public string ExerciseId { get; init; } = string.Empty;

    /// <summary>The insert as written, for an insert that could not be resolved.</summary>
    public string Written { get; init; } = string.Empty;
}
