using HamstringBack.Core.Model;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Markdown.ExerciseFacts;

/// <summary>The facts of an exercise that a page may insert, as the exercise page and card write them.</summary>
public static class ExerciseFacts
{
    /// <summary>Every field an insert may name, in the order the editor's guide lists them.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["name", "dose", "hold", "reps", "per_day", "when", "how_often", "start", "build_up", "easier", "stop_if"];

    /// <summary>
    /// The text of <paramref name="field"/> for <paramref name="exercise"/>, its dose and frequency in the theme's
    /// <paramref name="words"/>; empty when the exercise does not set it.
    /// </summary>
    public static string Text(Exercise exercise, string field, ExerciseWords words) => field switch
    {
        "name" => exercise.Name,
        "dose" => words.Dose(exercise),
        "hold" => exercise.HoldSeconds is { } hold ? words.Duration(hold) : string.Empty,
        "reps" => words.Times(exercise),
        "per_day" => words.PerDay(exercise.PerDay).ToLowerInvariant(),
        "when" => exercise.When,
        "how_often" => words.Frequency(exercise),
        "start" => exercise.Start,
        "build_up" => exercise.BuildUp,
        "easier" => exercise.Easier,
        "stop_if" => words.StopIfInText(exercise.StopIf),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not one of ExerciseFacts.Fields"),
    };
}
