namespace HamstringBack.Core.Figures;

/// <summary>
/// The joints a pose sets, each with the range a person's joint can reach, in degrees. Every angle is a bend
/// towards the front of the body from the straight, standing-to-attention position (0): hip flexion lifts the thigh
/// forwards, knee flexion bends the knee, ankle flexion lifts the toes towards the shin (negative points them),
/// shoulder flexion lifts the arm forwards (180 is straight overhead), elbow flexion bends the elbow, neck flexion
/// tips the chin down. The trunk is the whole upper body's tilt forwards from the base pose.
/// </summary>
public static class Joints
{
    /// <summary>Sided joints: written "hip-left", "hip-right", or "hips" for both.</summary>
    public static readonly IReadOnlyList<string> Sided = ["shoulder", "elbow", "hip", "knee", "ankle"];

    /// <summary>Every joint name a pose may set, in the order they are listed in the guide.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "trunk", "neck",
        "shoulder-left", "shoulder-right", "elbow-left", "elbow-right",
        "hip-left", "hip-right", "knee-left", "knee-right", "ankle-left", "ankle-right",
    ];

    /// <summary>The keys a frame's angles may use: every joint, plus the plurals that set both sides.</summary>
    public static readonly IReadOnlyList<string> Keys = [.. Names, "shoulders", "elbows", "hips", "knees", "ankles"];

    /// <summary>The range a joint can reach, in degrees.</summary>
    public static (int Min, int Max) Range(string joint) => Expand(joint)[0].Split('-')[0] switch
    {
        "trunk" => (-30, 100),
        "neck" => (-45, 60),
        "shoulder" => (-60, 180),
        "elbow" => (0, 150),
        "hip" => (-30, 130),
        "knee" => (0, 150),
        _ => (-75, 35),
    };

    /// <summary>The joints a key sets: "hips" sets hip-left and hip-right.</summary>
    public static IReadOnlyList<string> Expand(string key) =>
        key.EndsWith('s') && Sided.Contains(key[..^1], StringComparer.Ordinal) ? [key[..^1] + "-left", key[..^1] + "-right"] : [key];
}
