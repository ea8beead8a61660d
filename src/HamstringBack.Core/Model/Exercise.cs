using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Model;

/// <summary>One exercise, from input/exercises/&lt;id&gt;.yml.</summary>
/// <param name="Sets">Sets per side and session (default 1); a set is <paramref name="Reps"/> repetitions or holds.</param>
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
    int Sets,
    Sides Sides,
    int PerDay,
    string When,
    string? Image,
    string ImageAlt,
    string? Section,
    IReadOnlyDictionary<string, SourceLocation> KeyLocations);
