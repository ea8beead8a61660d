using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Schema;

namespace HamstringBack.Core.Figures;

/// <summary>Reads an exercise's <c>frames:</c> list into <see cref="Frame"/>s, checking every pose as it goes.</summary>
public static class FrameLoader
{
    /// <summary>Every key a frame may have (declared in <see cref="ExerciseSchema.Frame"/>).</summary>
    public static IReadOnlyList<string> Keys => ExerciseSchema.Frame.Names;

    /// <summary>The frames of one exercise with <paramref name="steps"/> steps; reports every mistake found.</summary>
    public static IReadOnlyList<Frame> Load(YamlFields exercise, int steps)
    {
        var list = exercise.MappingList("frames", "a frame: step, pose, angles, props, contacts, alt");
        var frames = new List<Frame>();
        foreach (var f in list)
        {
            if (Read(f, steps) is { } frame)
            {
                frames.Add(frame);
            }

            exercise.Include(f);
        }

        if (list.Count == 1)
        {
            exercise.Report(Errors.TooFewFrames(exercise.LocationOf("frames"), list.Count));
        }

        return frames;
    }

    private static Frame? Read(YamlFields f, int steps)
    {
        var keys = ExerciseSchema.Frame;
        f.RejectUnknownKeys(keys);
        var step = f.Integer(keys["step"]);
        var label = f.Text(keys["label"]) ?? string.Empty;
        var alt = f.Text(keys["alt"]);
        var poseName = f.Text(keys["pose"]);
        var props = Names(f, "props", Frame.PropNames);
        var contacts = Names(f, "contacts", PoseChecker.ContactNames);
        var guide = Names(f, "guide", Body.PointNames);
        var arrows = Arrows(f);
        if (step > steps)
        {
            f.Report(Errors.FrameStepOutOfRange(f.LocationOf("step"), step.Value, steps));
        }

        BasePose? pose = null;
        if (poseName is not null && !BasePose.All.TryGetValue(poseName, out pose))
        {
            f.Report(Errors.UnknownBasePose(f.LocationOf("pose"), poseName, BasePose.All.Keys));
        }

        var angles = Angles(f, pose);
        if (f.Failed || step is null || alt is null || pose is null || angles is null)
        {
            return null;
        }

        var frame = new Frame(step.Value, label, alt, pose, angles, props, contacts, arrows, guide, f.Start);
        PoseChecker.Check(frame, f);
        return frame;
    }

    private static Dictionary<string, double>? Angles(YamlFields f, BasePose? pose)
    {
        var written = f.Mapping("angles", "joint angles, like { hips: 90, knees: 90 }");
        var angles = new Dictionary<string, double>(pose?.Angles ?? new Dictionary<string, double>(), StringComparer.Ordinal);
        if (written is null)
        {
            return angles;
        }

        written.RejectUnknownKeys(ExerciseSchema.Angles);
        foreach (var key in written.WrittenKeys().Where(k => Joints.Keys.Contains(k, StringComparer.Ordinal)))
        {
            if (written.Integer(key, required: false, -360, 360, string.Empty) is not { } value)
            {
                continue;
            }

            var (min, max) = Joints.Range(key);
            if (value < min || value > max)
            {
                written.Report(Errors.JointOutOfRange(written.LocationOf(key), key, value, min, max));
            }

            foreach (var joint in Joints.Expand(key))
            {
                angles[joint] = value;
            }
        }

        f.Include(written);
        return angles;
    }

    private static IReadOnlyList<string> Names(YamlFields f, string key, IReadOnlyList<string> allowed)
    {
        var names = f.TextList(key, required: false, 0, 12, string.Empty);
        foreach (var name in names.Where(n => !allowed.Contains(n, StringComparer.Ordinal)))
        {
            f.Report(Errors.UnknownFigureName(f.LocationOf(key), key, name, allowed));
        }

        return names;
    }

    private static IReadOnlyList<FrameArrow> Arrows(YamlFields f)
    {
        var arrows = new List<FrameArrow>();
        foreach (var a in f.MappingList("arrows", "an arrow: { at: hip, way: up }"))
        {
            a.RejectUnknownKeys(ExerciseSchema.Arrow);
            var at = a.Text(ExerciseSchema.Arrow["at"]);
            var way = a.Text(ExerciseSchema.Arrow["way"]);
            if (at is not null && !Body.PointNames.Contains(at, StringComparer.Ordinal))
            {
                a.Report(Errors.UnknownFigureName(a.LocationOf("at"), "at", at, Body.PointNames));
            }

            if (way is not null && !FrameArrow.Ways.ContainsKey(way))
            {
                a.Report(Errors.UnknownFigureName(a.LocationOf("way"), "way", way, FrameArrow.Ways.Keys));
            }

            if (!a.Failed && at is not null && way is not null)
            {
                arrows.Add(new FrameArrow(at, way));
            }

            f.Include(a);
        }

        return arrows;
    }
}
