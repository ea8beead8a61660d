namespace HamstringBack.Core.Figures;

/// <summary>
/// Lays out one frame as shapes: the floor, props, the far limbs (left side, drawn lighter), the trunk and head,
/// the towel, the near limbs (right side) with a thin gap around them, then the guide and arrows.
/// </summary>
public sealed class FigureScene
{
    private const double ThighWidth = 14, ShankWidth = 10, UpperArmWidth = 9, ForearmWidth = 7.5, NeckWidth = 9;
    private const double GapWidth = 3.5;

    private FigureScene(Frame frame, Body body, IReadOnlyList<Shape> shapes)
    {
        Frame = frame;
        Body = body;
        Shapes = shapes;
    }

    public Frame Frame { get; }

    public Body Body { get; }

    public IReadOnlyList<Shape> Shapes { get; }

    /// <summary>The towel's two lines, each from a hand to the ball of the foot (empty without a towel).</summary>
    public IEnumerable<Shape> Towel => Shapes.Where(s => s.Role == "towel");

    /// <summary>The scene of <paramref name="frame"/>, back to front.</summary>
    public static FigureScene Of(Frame frame)
    {
        var b = frame.Body();
        var shapes = new List<Shape>();
        Props(shapes, frame, b);
        Limbs(shapes, b, "left", "far", gap: false);
        TrunkAndHead(shapes, b);
        TowelLines(shapes, frame, b);
        Limbs(shapes, b, "right", "body", gap: true);
        Guide(shapes, frame, b);
        Arrows(shapes, frame, b);
        return new FigureScene(frame, b, shapes);
    }

    private static void Props(List<Shape> shapes, Frame frame, Body b)
    {
        if (frame.Props.Contains("chair"))
        {
            var hand = b["hand-left"];
            var ahead = hand.X >= b["hip"].X ? 1 : -1;
            var x = hand.X + (ahead * 2);
            shapes.Add(Line("prop", 3, new(x, 0), new(x, PoseChecker.ChairHeight)));
            shapes.Add(Line("prop", 3, new(x, 46), new(x + (ahead * 42), 46), new(x + (ahead * 42), 0)));
        }

        if (frame.Props.Contains("wall"))
        {
            var x = b["hand-left"].X + Body.HandRadius;
            shapes.Add(Line("prop", 3, new(x, 0), new(x, 200)));
        }
    }

    private static void TrunkAndHead(List<Shape> shapes, Body b)
    {
        shapes.Add(new Shape("trunk", "body", [b["hip"], b["shoulder"]], 0));
        shapes.Add(Line("body", NeckWidth, b["shoulder"], b["head"]));
        shapes.Add(new Shape("circle", "body", [b["head"]], Body.HeadRadius * 2));
    }

    private static void TowelLines(List<Shape> shapes, Frame frame, Body b)
    {
        if (frame.TowelSide is { } side)
        {
            var foot = b["ball-" + side];
            shapes.Add(Line("towel", 3, b["hand-left"], foot));
            shapes.Add(Line("towel", 3, b["hand-right"], foot));
        }
    }

    private static void Guide(List<Shape> shapes, Frame frame, Body b)
    {
        if (frame.Guide.Count >= 2)
        {
            var from = b[frame.Guide[0]];
            var to = b[frame.Guide[^1]];
            var along = (to - from).Unit;
            shapes.Add(new Shape("dash", "guide", [from - (along * 14), to + (along * 14)], 1.6));
        }
    }

    private static void Arrows(List<Shape> shapes, Frame frame, Body b)
    {
        foreach (var arrow in frame.Arrows)
        {
            var way = Vec.FromAngle(FrameArrow.Ways[arrow.Way]);
            var start = b[arrow.At] + (way * 20);
            var tip = start + (way * 24);
            shapes.Add(Line("arrow", 3, start, tip - (way * 4)));
            shapes.Add(new Shape("area", "arrow", [tip, tip - (way * 9) + (way.Turn(90) * 5), tip - (way * 9) + (way.Turn(-90) * 5)], 1));
        }
    }

    /// <summary>The smallest box around everything drawn except the floor: (min, max) corners, cm.</summary>
    public (Vec Min, Vec Max) Bounds()
    {
        var extents = Shapes.SelectMany(s => s.Kind == "trunk"
                ? s.Points.Select(p => (p, Body.ChestRadius))
                : s.Points.Select(p => (p, s.Width / 2)))
            .Concat(Body.Outline())
            .ToList();
        return (new Vec(extents.Min(e => e.Item1.X - e.Item2), Math.Min(0, extents.Min(e => e.Item1.Y - e.Item2))),
            new Vec(extents.Max(e => e.Item1.X + e.Item2), extents.Max(e => e.Item1.Y + e.Item2)));
    }

    private static void Limbs(List<Shape> shapes, Body b, string side, string role, bool gap)
    {
        var thigh = (b["knee-" + side] - b["hip"]).Unit;
        var arm = (b["elbow-" + side] - b["shoulder"]).Unit;
        var foot = Foot(b, side);
        if (gap)
        {
            shapes.Add(Line("gap", ThighWidth + GapWidth, b["hip"] + (thigh * 14), b["knee-" + side]));
            shapes.Add(Line("gap", ShankWidth + GapWidth, b["knee-" + side], b["ankle-" + side]));
            shapes.Add(foot with { Role = "gap", Width = GapWidth + 3 });
        }

        shapes.Add(Line(role, ThighWidth, b["hip"], b["knee-" + side]));
        shapes.Add(Line(role, ShankWidth, b["knee-" + side], b["ankle-" + side]));
        shapes.Add(foot with { Role = role });
        if (gap)
        {
            shapes.Add(Line("gap", UpperArmWidth + GapWidth, b["shoulder"] + (arm * 10), b["elbow-" + side], b["wrist-" + side]));
            shapes.Add(new Shape("circle", "gap", [b["hand-" + side]], (Body.HandRadius * 2) + GapWidth));
        }

        shapes.Add(Line(role, UpperArmWidth, b["shoulder"], b["elbow-" + side]));
        shapes.Add(Line(role, ForearmWidth, b["elbow-" + side], b["wrist-" + side]));
        shapes.Add(new Shape("circle", role, [b["hand-" + side]], Body.HandRadius * 2));
    }

    private static Shape Foot(Body b, string side) =>
        new("area", "body", [b["ankle-" + side], b["heel-" + side], b["ball-" + side], b["toe-" + side], b["instep-" + side]], 3);

    private static Shape Line(string role, double width, params Vec[] points) => new("line", role, points, width);
}
