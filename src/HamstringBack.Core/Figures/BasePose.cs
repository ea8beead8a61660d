namespace HamstringBack.Core.Figures;

/// <summary>
/// A starting position a frame's pose bends from: which way the trunk points in the picture and every joint's
/// angle until the frame sets it.
/// </summary>
/// <param name="Name">As written in the YAML, e.g. "lying-on-back".</param>
/// <param name="TrunkDirection">The trunk's direction (hips to shoulders), degrees counter-clockwise from pointing right.</param>
/// <param name="Angles">Every joint's angle in this pose.</param>
public sealed record BasePose(string Name, double TrunkDirection, IReadOnlyDictionary<string, double> Angles)
{
    /// <summary>Every base pose, by name.</summary>
    public static IReadOnlyDictionary<string, BasePose> All { get; } = new[]
    {
        Make("standing", 90, shoulder: 0, elbow: 8, hip: 0, knee: 0, ankle: 0),
        Make("lying-on-back", 180, shoulder: -10, elbow: 0, hip: -2, knee: 0, ankle: -15),
        Make("hands-and-knees", 3.5, shoulder: 90, elbow: 0, hip: 90, knee: 90, ankle: -70),
        Make("sitting", 90, shoulder: 0, elbow: 20, hip: 90, knee: 90, ankle: 0),
    }.ToDictionary(p => p.Name, StringComparer.Ordinal);

    private static BasePose Make(string name, double trunk, double shoulder, double elbow, double hip, double knee, double ankle)
    {
        var angles = new Dictionary<string, double>(StringComparer.Ordinal) { ["trunk"] = 0, ["neck"] = 0 };
        foreach (var side in new[] { "-left", "-right" })
        {
            angles["shoulder" + side] = shoulder;
            angles["elbow" + side] = elbow;
            angles["hip" + side] = hip;
            angles["knee" + side] = knee;
            angles["ankle" + side] = ankle;
        }

        return new BasePose(name, trunk, angles);
    }
}
