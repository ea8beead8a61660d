namespace HamstringBack.Core.Figures;

/// <summary>
/// A person placed on the floor: the joint positions that forward kinematics gives for a pose, with fixed
/// proportions (centimetres, a person about 170 cm tall), shifted so the lowest part of the body touches the floor
/// (y = 0). Faces right when standing; the right side is nearest the viewer.
/// </summary>
public sealed class Body
{
    /// <summary>Segment lengths, cm.</summary>
    public const double Trunk = 50, Neck = 6, HeadRadius = 10.5, Thigh = 45, Shank = 42, UpperArm = 25, Forearm = 21;

    /// <summary>Half thicknesses, cm: how far the drawn outline lies from each point.</summary>
    public const double PelvisRadius = 11, ChestRadius = 12, KneeRadius = 6, HandRadius = 4.5, FootRadius = 2;

    private readonly Dictionary<string, Vec> _points;

    private Body(Dictionary<string, Vec> points, Vec trunkDirection)
    {
        _points = points;
        TrunkDirection = trunkDirection;
    }

    /// <summary>Unit direction from the hips to the shoulders.</summary>
    public Vec TrunkDirection { get; }

    /// <summary>Every named point: hip, shoulder, neck, head, back-low, back-high, and per side (-left, -right):
    /// elbow, wrist, hand, knee, ankle, heel, ball, toe, instep.</summary>
    public IReadOnlyDictionary<string, Vec> Points => _points;

    public Vec this[string point] => _points[point];

    /// <summary>The body-point names arrows, guides and contacts may use.</summary>
    public static IReadOnlyList<string> PointNames { get; } = Place(BasePose.All["standing"], BasePose.All["standing"].Angles).Points.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The pose's joint positions, standing or lying on the floor.</summary>
    public static Body Place(BasePose pose, IReadOnlyDictionary<string, double> angles)
    {
        var u = Vec.FromAngle(pose.TrunkDirection).Turn(-angles["trunk"]);
        var down = u * -1;
        var p = new Dictionary<string, Vec>(StringComparer.Ordinal)
        {
            ["hip"] = new(0, 0),
            ["shoulder"] = u * Trunk,
        };
        var front = u.Turn(-90);
        p["back-low"] = (u * (Trunk * 0.2)) - (front * PelvisRadius);
        p["back-high"] = (u * (Trunk * 0.95)) - (front * ChestRadius);
        p["neck"] = p["shoulder"] + (u * Neck);
        p["head"] = p["neck"] + (u.Turn(-angles["neck"]) * (HeadRadius + 1));

        foreach (var side in new[] { "left", "right" })
        {
            PlaceLeg(p, side, down, angles);
            PlaceArm(p, side, down, angles);
        }

        var floor = Outline(p).Min(c => c.Point.Y - c.Radius);
        var shift = new Vec(-p["hip"].X, -floor);
        return new Body(p.ToDictionary(e => e.Key, e => e.Value + shift, StringComparer.Ordinal), u);
    }

    /// <summary>Places one leg's knee, ankle and foot points from the hip.</summary>
    private static void PlaceLeg(Dictionary<string, Vec> p, string side, Vec down, IReadOnlyDictionary<string, double> angles)
    {
        var thigh = down.Turn(angles["hip-" + side]);
        var shank = thigh.Turn(-angles["knee-" + side]);
        var foot = shank.Turn(90 + angles["ankle-" + side]);
        var sole = foot.Turn(-90);
        var knee = thigh * Thigh;
        var ankle = knee + (shank * Shank);
        p["knee-" + side] = knee;
        p["ankle-" + side] = ankle;
        p["heel-" + side] = ankle + (sole * 6) - (foot * 5);
        p["ball-" + side] = ankle + (sole * 6) + (foot * 13);
        p["toe-" + side] = ankle + (sole * 4.5) + (foot * 18);
        p["instep-" + side] = ankle + (foot * 6) + (sole * 1.5);
    }

    /// <summary>Places one arm's elbow, wrist and hand from the shoulder.</summary>
    private static void PlaceArm(Dictionary<string, Vec> p, string side, Vec down, IReadOnlyDictionary<string, double> angles)
    {
        var arm = down.Turn(angles["shoulder-" + side]);
        var forearm = arm.Turn(angles["elbow-" + side]);
        var elbow = p["shoulder"] + (arm * UpperArm);
        var wrist = elbow + (forearm * Forearm);
        p["elbow-" + side] = elbow;
        p["wrist-" + side] = wrist;
        p["hand-" + side] = wrist + (forearm * 3.5);
    }

    /// <summary>How far a body part's outline is above the floor, cm (0 when it rests on the floor).</summary>
    public double Clearance(string point) => _points[point].Y - RadiusOf(point);

    /// <summary>The outline's extreme points with their radii, for the floor and the picture's bounds.</summary>
    public IEnumerable<(Vec Point, double Radius)> Outline() => Outline(_points);

    private static IEnumerable<(Vec Point, double Radius)> Outline(IReadOnlyDictionary<string, Vec> p) =>
        p.Where(e => e.Key is not ("neck")).Select(e => (e.Value, RadiusOf(e.Key)));

    /// <summary>The half thickness of the body around a point.</summary>
    public static double RadiusOf(string point) => point.Split('-')[0] switch
    {
        "hip" => PelvisRadius,
        "shoulder" => ChestRadius,
        "head" => HeadRadius,
        "knee" => KneeRadius,
        "hand" => HandRadius,
        "elbow" => 4.5,
        "wrist" => 3.5,
        "back" => 0,
        "ankle" => 4,
        _ => FootRadius,
    };
}
