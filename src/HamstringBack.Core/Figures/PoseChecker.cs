using HamstringBack.Core.Load;

namespace HamstringBack.Core.Figures;

/// <summary>
/// Checks that a frame's person does what the frame says: each declared contact rests on the floor, and held
/// props are within reach. (Joint ranges are checked as the angles are read.)
/// </summary>
public static class PoseChecker
{
    /// <summary>How far above the floor a body part may be and still count as resting on it, cm.</summary>
    public const double FloorTolerance = 3;

    /// <summary>The height of the chair's back, cm, where a hand rests on it.</summary>
    public const double ChairHeight = 88;

    /// <summary>The longest a towel or strap reaches from a hand to the foot, cm.</summary>
    public const double TowelLength = 95;

    /// <summary>Contact names and the body points that must all touch the floor.</summary>
    public static IReadOnlyDictionary<string, string[]> Contacts { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["head"] = ["head"],
        ["back"] = ["back-low", "back-high"],
        ["shoulders"] = ["back-high"],
        ["buttocks"] = ["back-low"],
        ["feet"] = ["heel-left", "ball-left", "heel-right", "ball-right"],
        ["foot-left"] = ["heel-left", "ball-left"],
        ["foot-right"] = ["heel-right", "ball-right"],
        ["heel-left"] = ["heel-left"],
        ["heel-right"] = ["heel-right"],
        ["toes-left"] = ["toe-left"],
        ["toes-right"] = ["toe-right"],
        ["hands"] = ["hand-left", "hand-right"],
        ["hand-left"] = ["hand-left"],
        ["hand-right"] = ["hand-right"],
        ["knees"] = ["knee-left", "knee-right"],
        ["knee-left"] = ["knee-left"],
        ["knee-right"] = ["knee-right"],
        ["shins"] = ["knee-left", "knee-right", "instep-left", "instep-right"],
    };

    /// <summary>Every contact name, for the guide and error messages.</summary>
    public static IReadOnlyList<string> ContactNames { get; } = [.. Contacts.Keys];

    /// <summary>Reports each contact off the floor and each prop out of reach, at the key that declares it.</summary>
    public static void Check(Frame frame, YamlFields fields)
    {
        var body = frame.Body();
        foreach (var contact in frame.Contacts)
        {
            var off = Contacts[contact].Select(p => (Point: p, Height: body.Clearance(p))).MaxBy(c => c.Height);
            if (off.Height > FloorTolerance)
            {
                fields.Report(Diagnostics.Errors.ContactOffFloor(fields.LocationOf("contacts"), contact, off.Point, off.Height));
            }
        }

        if (frame.Props.Contains("chair"))
        {
            var hand = body["hand-left"].Y - Body.HandRadius;
            if (Math.Abs(hand - ChairHeight) > 8)
            {
                fields.Report(Diagnostics.Errors.PropOutOfReach(fields.LocationOf("props"), "chair",
                    $"the left hand rests on its back, {ChairHeight:0} cm high, but the hand is {hand:0} cm above the floor"));
            }
        }

        if (frame.TowelSide is { } side)
        {
            var foot = body["ball-" + side];
            var far = new[] { "hand-left", "hand-right" }.Select(h => (Vec: body[h] - foot, Hand: h)).MaxBy(h => h.Vec.Length);
            if (far.Vec.Length > TowelLength)
            {
                fields.Report(Diagnostics.Errors.PropOutOfReach(fields.LocationOf("props"), "towel-" + side,
                    $"it reaches {TowelLength:0} cm from the foot, but {far.Hand} is {far.Vec.Length:0} cm away"));
            }
        }
    }
}
