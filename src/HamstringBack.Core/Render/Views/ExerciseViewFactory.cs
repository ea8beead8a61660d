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
            reviewed.Sources);
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
        var times = e.Reps == 1 ? "Once" : $"{e.Reps} times";
        var sides = e.Sides switch
        {
            Sides.Each => " each leg",
            Sides.Alternating => " each side, switching sides",
            _ => string.Empty,
        };
        var reps = e.Sets > 1 ? $"{e.Sets} sets of {(e.Reps == 1 ? "1 time" : times)}{sides}" : times + sides;
        return e.HoldSeconds is { } hold ? $"Hold {Duration(hold)} · {reps.ToLowerInvariant()}" : reps;
    }

    /// <summary>How often, e.g. "Twice a day · Morning and evening".</summary>
    public static string Frequency(Exercise e)
    {
        var perDay = e.PerDay switch
        {
            1 => "Once a day",
            2 => "Twice a day",
            var n => $"{n} times a day",
        };
        // "when" often repeats the count ("Once a day, at any time"): say it once.
        if (e.When.Length == 0 || e.When.StartsWith(perDay, StringComparison.OrdinalIgnoreCase))
        {
            return e.When.Length == 0 ? perDay : e.When;
        }

        return $"{perDay} · {e.When}";
    }

    private static string Duration(int seconds) => seconds switch
    {
        < 60 => $"{seconds} s",
        _ when seconds % 60 == 0 => $"{seconds / 60} min",
        _ => $"{seconds / 60} min {seconds % 60} s",
    };
}
