using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Figures;

/// <summary>Draws an exercise's frames for its page, the exercises index and the cards, and its link-preview picture.</summary>
public static class ExerciseFigures
{
    /// <summary>The frames, all at one scale so the person stays the same size from frame to frame.</summary>
    public static IReadOnlyList<FrameView> Views(Exercise exercise)
    {
        var scenes = exercise.Frames.Select(FigureScene.Of).ToList();
        if (scenes.Count == 0)
        {
            return [];
        }

        var bounds = Union(scenes);
        return scenes.Select(s => new FrameView(s.Frame.Step, s.Frame.Label, s.Frame.Alt,
            new RawHtml(FigureSvg.Inline(s, bounds, s.Frame.Alt)), new RawHtml(FigureSvg.Inline(s, bounds, string.Empty)))).ToList();
    }

    /// <summary>"wide" when the frames are much wider than tall (lying, kneeling), else "tall": the templates stack wide frames.</summary>
    public static string Shape(Exercise exercise)
    {
        if (exercise.Frames.Count == 0)
        {
            return string.Empty;
        }

        var (min, max) = Union(exercise.Frames.Select(FigureScene.Of).ToList());
        return max.X - min.X > 1.6 * (max.Y - min.Y) ? "wide" : "tall";
    }

    /// <summary>Where an exercise's link-preview picture is, or null when it has no frames.</summary>
    public static string? OpenGraphPath(Exercise exercise) => exercise.Frames.Count == 0 ? null : $"og/{exercise.Id}.svg";

    /// <summary>Where the picture of an exercise's first or last frame is as a file of its own, or null without frames.</summary>
    public static string? FramePath(Exercise exercise, bool last) =>
        exercise.Frames.Count == 0 ? null : $"figures/{exercise.Id}-{(last ? "end" : "start")}.svg";

    /// <summary>
    /// The picture files of every exercise with frames: its link-preview picture (1200×630 SVG from the last frame)
    /// and its first and last frames as files of their own at one scale (for the guided session).
    /// </summary>
    public static IEnumerable<OutputFile> Files(SiteModel model) =>
        model.Exercises.Where(e => e.Frames.Count > 0).SelectMany(e =>
        {
            var scenes = e.Frames.Select(FigureScene.Of).ToList();
            var bounds = Union(scenes);
            return new[]
            {
                new OutputFile(OpenGraphPath(e)!, FigureSvg.OpenGraph(scenes[^1], e.Name, model.Settings.Title)),
                new OutputFile(FramePath(e, last: false)!, FigureSvg.Standalone(scenes[0], bounds)),
                new OutputFile(FramePath(e, last: true)!, FigureSvg.Standalone(scenes[^1], bounds)),
            };
        });

    private static (Vec Min, Vec Max) Union(IReadOnlyList<FigureScene> scenes)
    {
        var boxes = scenes.Select(s => s.Bounds()).ToList();
        return (new Vec(boxes.Min(b => b.Min.X), boxes.Min(b => b.Min.Y)), new Vec(boxes.Max(b => b.Max.X), boxes.Max(b => b.Max.Y)));
    }
}
