namespace HamstringBack.Core.Figures;

/// <summary>A motion arrow beside a body point, e.g. at the hips pointing up.</summary>
/// <param name="At">A body point name, e.g. "hip" or "ankle-right".</param>
/// <param name="Way">A direction word in the picture: up, down, left, right, up-left …</param>
public sealed record FrameArrow(string At, string Way)
{
    /// <summary>Direction words and their angles, degrees counter-clockwise from pointing right.</summary>
    public static IReadOnlyDictionary<string, double> Ways { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["right"] = 0, ["up-right"] = 45, ["up"] = 90, ["up-left"] = 135,
        ["left"] = 180, ["down-left"] = 225, ["down"] = 270, ["down-right"] = 315,
    };
}
