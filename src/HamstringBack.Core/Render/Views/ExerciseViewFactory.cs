using HamstringBack.Core.Figures;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Render.Views;

/// <summary>Turns an <see cref="Exercise"/> into what templates show: dose and frequency phrases (<see cref="ExerciseWords"/>), URLs.</summary>
public static class ExerciseViewFactory
{
    /// <summary>Builds the view of one exercise.</summary>
    public static ExerciseView Create(Exercise e, SiteModel model, SiteUrls urls, ExerciseWords words)
    {
        var section = model.SectionOf(e);
        var reviewed = section ?? model.Home;
        return Facts(e, section, reviewed, urls, words) with
        {
            Start = e.Start,
            BuildUp = e.BuildUp,
            Easier = e.Easier,
            FormerIds = e.FormerIds,
            DoseRange = e.DoseRange,
            Credits = model.CreditsOf(reviewed),
            Frames = ExerciseFigures.Views(e),
            FramesShape = ExerciseFigures.Shape(e),
            OpenGraphImage = ExerciseFigures.OpenGraphPath(e) is { } og ? urls.Absolute(og) : string.Empty,
            FramePictureUrls = e.Frames.Count == 0 ? (string.Empty, string.Empty)
                : (urls.Link(ExerciseFigures.FramePath(e, last: false)!), urls.Link(ExerciseFigures.FramePath(e, last: true)!)),
        };
    }

    /// <summary>The view's required facts: what the exercise says, its phrases, its addresses and its section's review.</summary>
    private static ExerciseView Facts(Exercise e, Section? section, Section reviewed, SiteUrls urls, ExerciseWords words) => new(
        e.Id,
        e.Name,
        KindCode(e.Kind),
        words.KindLabel(e.Kind),
        e.Summary,
        e.Targets,
        e.Equipment,
        e.Position,
        e.Steps,
        e.Cues,
        e.Cues.FirstOrDefault() ?? string.Empty,
        e.StopIf,
        e.HoldSeconds ?? 0,
        e.Reps,
        e.Sets,
        e.Sides.ToString().ToLowerInvariant(),
        e.PerDay,
        e.When,
        words.Dose(e),
        words.Frequency(e),
        e.Image is null ? string.Empty : urls.Link(SiteUrls.Image(e.Image)),
        e.ImageAlt,
        urls.Link(SiteUrls.Exercise(e.Id)),
        urls.Absolute(SiteUrls.Exercise(e.Id)),
        urls.Link(SiteUrls.Card(e.Id)),
        section is null ? null : new NavLink(section.Title, urls.Link(SiteUrls.Section(section)), false),
        reviewed.Review,
        reviewed.Sources);

    /// <summary>"stretch", "dynamic-stretch" or "strength", as written in the YAML.</summary>
    public static string KindCode(ExerciseKind kind) => kind switch
    {
        ExerciseKind.Stretch => "stretch",
        ExerciseKind.DynamicStretch => "dynamic-stretch",
        _ => "strength",
    };
}
