using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Figures;

namespace HamstringBack.Core.Model;

/// <summary>One exercise, from input/exercises/&lt;id&gt;.yml.</summary>
/// <param name="KeyLocations">Where each key's value was written, for diagnostics found later.</param>
public sealed record Exercise(
    string Id,
    string SourcePath,
    string Name,
    ExerciseKind Kind,
    string Summary,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Equipment,
    string Position,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> StopIf,
    int? HoldSeconds,
    int Reps,
    Sides Sides,
    int PerDay,
    string When,
    string? Image,
    string ImageAlt,
    string? Section,
    IReadOnlyDictionary<string, SourceLocation> KeyLocations)
{
    /// <summary>The pictures, one per key step, drawn from poses (empty when the exercise uses <see cref="Image"/>).</summary>
    public IReadOnlyList<Frame> Frames { get; init; } = [];
}
