using HamstringBack.Core.Model;

namespace HamstringBack.Core.Render.Views;

/// <summary>
/// An exercise's kind, dose, frequency and reasons to stop in words, put together from the phrases of
/// theme/strings.yml (issue 13): the code decides which phrase and the numbers, the theme how they read.
/// </summary>
public sealed class ExerciseWords(ThemeStrings strings)
{
    /// <summary>A reader-friendly name for the kind (kind_stretch, kind_dynamic_stretch, kind_strength).</summary>
    public string KindLabel(ExerciseKind kind) => strings[kind switch
    {
        ExerciseKind.Stretch => "kind_stretch",
        ExerciseKind.DynamicStretch => "kind_dynamic_stretch",
        _ => "kind_strength",
    }];

    /// <summary>The dose in one line, e.g. "Hold 30 s · 2 times each leg" or "3 sets of 10 times".</summary>
    public string Dose(Exercise e)
    {
        var reps = Times(e);
        return e.HoldSeconds is { } hold ? strings["dose_hold", ("hold", Duration(hold)), ("times", reps)] : char.ToUpperInvariant(reps[0]) + reps[1..];
    }

    /// <summary>How many times, e.g. "2 times each leg", "once" or "3 sets of 10 times".</summary>
    public string Times(Exercise e)
    {
        var times = e.Sets > 1
            ? strings["times_sets", ("sets", e.Sets), ("times", e.Reps == 1 ? strings["times_one_in_sets"] : strings["times_many", ("n", e.Reps)])]
            : e.Reps == 1 ? strings["times_once"] : strings["times_many", ("n", e.Reps)];
        return e.Sides switch
        {
            Sides.Each => strings["sides_each", ("times", times)],
            Sides.Alternating => strings["sides_alternating", ("times", times)],
            _ => times,
        };
    }

    /// <summary>How often, e.g. "Twice a day · Morning and evening".</summary>
    public string Frequency(Exercise e)
    {
        var perDay = PerDay(e.PerDay);
        // "when" often repeats the count ("Once a day, at any time"): say it once.
        if (e.When.Length == 0 || e.When.StartsWith(perDay, StringComparison.OrdinalIgnoreCase))
        {
            return e.When.Length == 0 ? perDay : e.When;
        }

        return strings["frequency_when", ("per_day", perDay), ("when", e.When)];
    }

    /// <summary>Sessions a day in words: "Once a day", "Twice a day", "3 times a day".</summary>
    public string PerDay(int perDay) => perDay switch
    {
        1 => strings["per_day_once"],
        2 => strings["per_day_twice"],
        var n => strings["per_day_many", ("n", n)],
    };

    /// <summary>When to stop, as one sentence's end: "a; b; or c" (stop_if_none when the exercise lists none).</summary>
    public string StopIf(IReadOnlyList<string> conditions) => conditions.Count switch
    {
        0 => strings["stop_if_none"],
        1 => conditions[0],
        _ => strings["stop_if_last", ("others", Join(conditions.Take(conditions.Count - 1), "stop_if_between")), ("last", conditions[^1])],
    };

    /// <summary>When to stop, as a list in running text: "a, or b, or c" (empty when the exercise lists none).</summary>
    public string StopIfInText(IReadOnlyList<string> conditions) => conditions.Count == 0 ? string.Empty : Join(conditions, "stop_if_or");

    /// <summary>Texts joined two at a time by the phrase under <paramref name="key"/>, which names them {first} and {next}.</summary>
    private string Join(IEnumerable<string> texts, string key) =>
        texts.Aggregate((first, next) => strings[key, ("first", first), ("next", next)]);

    /// <summary>A hold in words, e.g. "30 seconds", "1 minute", "1 minute 30 seconds".</summary>
    public string Duration(int seconds)
    {
        string Unit(int n, string unit) => n == 1 ? strings[unit + "_one"] : strings[unit + "_many", ("n", n)];
        return seconds switch
        {
            < 60 => Unit(seconds, "seconds"),
            _ when seconds % 60 == 0 => Unit(seconds / 60, "minutes"),
            _ => strings["minutes_and_seconds", ("minutes", Unit(seconds / 60, "minutes")), ("seconds", Unit(seconds % 60, "seconds"))],
        };
    }
}
