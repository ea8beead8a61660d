using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Figures;

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
    IReadOnlyDictionary<string, SourceLocation> KeyLocations)
{
    /// <summary>How to begin, e.g. "Start with 5 lifts." (optional key <c>start</c>).</summary>
    public string Start { get; init; } = string.Empty;

    /// <summary>How to build up to the full dose (optional key <c>build_up</c>).</summary>
    public string BuildUp { get; init; } = string.Empty;

    /// <summary>How to make it easier (optional key <c>easier</c>).</summary>
    public string Easier { get; init; } = string.Empty;

    /// <summary>
    /// Ids this exercise had before (optional key <c>former_ids</c>): their old pages point to the new one, and the
    /// checklist moves ticks saved under an old id to this one.
    /// </summary>
    public IReadOnlyList<string> FormerIds { get; init; } = [];

    /// <summary>The pictures, one per key step, drawn from poses (empty when the exercise uses <see cref="Image"/>).</summary>
    public IReadOnlyList<Frame> Frames { get; init; } = [];

    /// <summary>How far a clinician's programme may change the dose (optional key <c>dose_range</c>, issue 20).</summary>
    public DoseRange? DoseRange { get; init; }
}
