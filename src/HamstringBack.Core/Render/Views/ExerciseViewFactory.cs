using HamstringBack.Core.Figures;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Render.Views;

/// <summary>Turns an <see cref="Exercise"/> into what templates show: dose and frequency phrases, URLs.</summary>
public static class ExerciseViewFactory
{
    /// <summary>Builds the view of one exercise.</summary>
    public static ExerciseView Create(Exercise e, SiteModel model, SiteUrls urls)
    {
        var section = model.SectionOf(e);
        var reviewed = section ?? model.Home;
        return new ExerciseView(
            e.Id,
            e.Name,
            KindCode(e.Kind),
            KindLabel(e.Kind),
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
            Dose(e),
            Frequency(e),
            e.Image is null ? string.Empty : urls.Link(SiteUrls.Image(e.Image)),
            e.ImageAlt,
            urls.Link(SiteUrls.Exercise(e.Id)),
            urls.Absolute(SiteUrls.Exercise(e.Id)),
            urls.Link(SiteUrls.Card(e.Id)),
            section is null ? null : new NavLink(section.Title, urls.Link(SiteUrls.Section(section)), false),
            reviewed.Review,
            reviewed.Sources)
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

    /// <summary>"stretch", "dynamic-stretch" or "strength", as written in the YAML.</summary>
    public static string KindCode(ExerciseKind kind) => kind switch
    {
        ExerciseKind.Stretch => "stretch",
        ExerciseKind.DynamicStretch => "dynamic-stretch",
        _ => "strength",
    };

    /// <summary>A reader-friendly name for the kind.</summary>
    public static string KindLabel(ExerciseKind kind) => kind switch
    {
        ExerciseKind.Stretch => "Stretch",
        ExerciseKind.DynamicStretch => "Moving stretch",
        _ => "Strengthening",
    };

    /// <summary>The dose in one line, e.g. "Hold 30 s · 2 times each leg" or "3 sets of 10 times".</summary>
    public static string Dose(Exercise e)
    {
        var reps = Times(e);
        return e.HoldSeconds is { } hold ? $"Hold {Duration(hold)} · {reps}" : char.ToUpperInvariant(reps[0]) + reps[1..];
    }

    /// <summary>How many times, e.g. "2 times each leg", "once" or "3 sets of 10 times".</summary>
    public static string Times(Exercise e)
    {
        var times = e.Reps == 1 ? "once" : $"{e.Reps} times";
        var sides = e.Sides switch
        {
            Sides.Each => " each leg",
            Sides.Alternating => " each side, switching sides",
            _ => string.Empty,
        };
        return e.Sets > 1 ? $"{e.Sets} sets of {(e.Reps == 1 ? "1 time" : times)}{sides}" : times + sides;
    }

    /// <summary>How often, e.g. "Twice a day · Morning and evening".</summary>
    public static string Frequency(Exercise e)
    {
        var perDay = PerDay(e.PerDay);
        // "when" often repeats the count ("Once a day, at any time"): say it once.
        if (e.When.Length == 0 || e.When.StartsWith(perDay, StringComparison.OrdinalIgnoreCase))
        {
            return e.When.Length == 0 ? perDay : e.When;
        }

        return $"{perDay} · {e.When}";
    }

    /// <summary>Sessions a day in words: "Once a day", "Twice a day", "3 times a day".</summary>
    public static string PerDay(int perDay) => perDay switch
    {
        1 => "Once a day",
        2 => "Twice a day",
        var n => $"{n} times a day",
    };

    /// <summary>A hold in words, e.g. "30 seconds", "1 minute", "1 minute 30 seconds".</summary>
    public static string Duration(int seconds)
    {
        static string Unit(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
        return seconds switch
        {
            < 60 => Unit(seconds, "second"),
            _ when seconds % 60 == 0 => Unit(seconds / 60, "minute"),
            _ => $"{Unit(seconds / 60, "minute")} {Unit(seconds % 60, "second")}",
        };
    }
}
