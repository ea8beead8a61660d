using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Figures;

/// <summary>
/// One picture of an exercise: a person in a pose at one of its steps, with props, motion arrows and an optional
/// dashed straight-line guide. Declared under <c>frames:</c> in input/exercises/&lt;id&gt;.yml.
/// </summary>
/// <param name="Step">The step (1-based) this frame shows.</param>
/// <param name="Label">A short caption, e.g. "Start"; may be empty.</param>
/// <param name="Alt">What the picture shows, for people who cannot see it.</param>
/// <param name="Pose">The base pose.</param>
/// <param name="Angles">Every joint's angle: the base pose's, overridden by the frame's.</param>
/// <param name="Props">Things drawn with the person: mat, towel-left, towel-right, chair, wall.</param>
/// <param name="Contacts">Body parts that must rest on the floor in this frame, e.g. back, feet.</param>
/// <param name="Guide">Body points a dashed straight line runs through, e.g. shoulder, hip, knee-right.</param>
/// <param name="Location">Where the frame was written.</param>
public sealed record Frame(
    int Step,
    string Label,
    string Alt,
    BasePose Pose,
    IReadOnlyDictionary<string, double> Angles,
    IReadOnlyList<string> Props,
    IReadOnlyList<string> Contacts,
    IReadOnlyList<FrameArrow> Arrows,
    IReadOnlyList<string> Guide,
    SourceLocation Location)
{
    /// <summary>Every prop name.</summary>
    public static readonly IReadOnlyList<string> PropNames = ["mat", "towel-left", "towel-right", "chair", "wall"];

    /// <summary>The person in this frame, standing or lying on the floor.</summary>
    public Body Body() => Figures.Body.Place(Pose, Angles);

    /// <summary>The towel's foot, or null when the frame has no towel.</summary>
    public string? TowelSide => Props.FirstOrDefault(p => p.StartsWith("towel-", StringComparison.Ordinal))?["towel-".Length..];
}
