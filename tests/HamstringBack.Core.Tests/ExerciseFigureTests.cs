using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Figures;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 19: the real exercises' pictures show what their steps say. Each test loads input/exercises/&lt;id&gt;.yml,
/// places the person of a frame by forward kinematics and measures the pose.
/// </summary>
public sealed class ExerciseFigureTests
{
    [Fact]
    public void Glute_bridge_end_puts_shoulders_hips_and_knees_on_one_line()
    {
        var body = Load("glute-bridge").Frames[^1].Body();

        var bend = Vec.Between(body["hip"] - body["shoulder"], body["knee-right"] - body["hip"]);

        Assert.InRange(bend, 0, 5);
        Assert.True(body["hip"].Y > body["shoulder"].Y + 10, "the hips are lifted well above the shoulders");
        Assert.InRange(body.Clearance("back-high"), 0, PoseChecker.FloorTolerance);
    }

    [Fact]
    public void Glute_bridge_starts_lying_with_knees_bent_and_feet_flat()
    {
        var body = Load("glute-bridge").Frames[0].Body();

        Assert.InRange(body.Clearance("back-low"), 0, PoseChecker.FloorTolerance);
        Assert.InRange(body.Clearance("heel-right"), 0, PoseChecker.FloorTolerance);
        Assert.InRange(body.Clearance("ball-right"), 0, PoseChecker.FloorTolerance);
        Assert.True(body["knee-right"].Y > body["hip"].Y + 25, "the knees point up");
    }

    [Fact]
    public void Towel_stretch_raises_a_nearly_straight_leg_35_to_65_degrees_with_the_towel_from_both_hands_to_that_foot()
    {
        var frame = Load("lying-towel-hamstring-stretch").Frames[^1];
        var scene = FigureScene.Of(frame);
        var body = scene.Body;

        var leg = body["ankle-right"] - body["hip"];
        var fromFloor = Math.Abs(Math.Atan2(leg.Y, Math.Abs(leg.X)) * 180 / Math.PI);
        var knee = Vec.Between(body["knee-right"] - body["hip"], body["ankle-right"] - body["knee-right"]);

        Assert.InRange(fromFloor, 35, 65);
        Assert.InRange(knee, 0, 10);
        var towel = scene.Towel.ToList();
        Assert.Equal(2, towel.Count);
        Assert.Equal([body["hand-left"], body["hand-right"]], towel.Select(t => t.Points[0]));
        Assert.All(towel, t => Assert.Equal(body["ball-right"], t.Points[^1]));
        Assert.InRange(body.Clearance("heel-left"), 0, PoseChecker.FloorTolerance);
        Assert.InRange(body.Clearance("back-low"), 0, PoseChecker.FloorTolerance);
    }

    [Fact]
    public void Bird_dog_reaches_the_arm_and_opposite_leg_level_with_the_back()
    {
        var body = Load("bird-dog").Frames[^1].Body();

        var back = body["shoulder"] - body["hip"];
        var arm = body["hand-right"] - body["shoulder"];
        var leg = body["hip"] - body["ankle-left"];

        Assert.InRange(Math.Abs(back.Angle), 0, 10);
        Assert.InRange(Vec.Between(arm, back), 0, 10);
        Assert.InRange(Vec.Between(leg, back), 0, 10);
        Assert.InRange(body.Clearance("hand-left"), 0, PoseChecker.FloorTolerance);
        Assert.InRange(body.Clearance("knee-right"), 0, PoseChecker.FloorTolerance);
    }

    [Fact]
    public void Standing_sweep_hinges_at_the_hips_with_a_flat_back_heel_forward_and_toes_up()
    {
        var frames = Load("standing-hamstring-sweep").Frames;
        var hinge = frames.Single(f => f.Angles["trunk"] > 0);
        var body = hinge.Body();

        var trunkFromUpright = Vec.Between(body.TrunkDirection, new Vec(0, 1));
        Assert.InRange(trunkFromUpright, 30, 80);
        Assert.InRange(hinge.Angles["neck"], -15, 15);
        Assert.True(hinge.Angles["hip-right"] >= trunkFromUpright, "the bend is at the hip, not the back");
        Assert.All(frames, f =>
        {
            var b = f.Body();
            Assert.True(b["heel-right"].X > b["hip"].X + 15, "the front heel is a step forward");
            Assert.True(b["toe-right"].Y > b["heel-right"].Y + 5, "the front toes point up");
            Assert.InRange(b.Clearance("heel-right"), 0, PoseChecker.FloorTolerance);
        });
    }

    [Fact]
    public void Every_exercise_has_start_and_end_frames_and_renders_the_same_bytes_twice()
    {
        foreach (var id in new[] { "glute-bridge", "lying-towel-hamstring-stretch", "bird-dog", "standing-hamstring-sweep" })
        {
            var exercise = Load(id);

            Assert.True(exercise.Frames.Count >= 2, id);
            var first = ExerciseFigures.Views(exercise).Select(v => v.Svg.Value).ToList();
            var second = ExerciseFigures.Views(Load(id)).Select(v => v.Svg.Value).ToList();
            Assert.Equal(first, second);
            Assert.All(first, svg => Assert.StartsWith("<svg class=\"figure\" viewBox=", svg));
        }
    }

    private static Exercise Load(string id)
    {
        var path = Path.Combine(RepoPaths.Input, "exercises", id + ".yml");
        var diagnostics = new DiagnosticBag();
        var exercise = ExerciseLoader.Load(new SourceFile(path, $"exercises/{id}.yml", File.ReadAllText(path)), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return Assert.IsType<Exercise>(exercise);
    }
}
