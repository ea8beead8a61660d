using HamstringBack.Core.Model;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Markdown.ExerciseFacts;

/// <summary>The facts of an exercise that a page may insert, as the exercise page and card write them.</summary>
public static class ExerciseFacts
{
    /// <summary>Every field an insert may name, in the order the editor's guide lists them.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["name", "dose", "hold", "reps", "per_day", "when", "how_often", "start", "build_up", "easier", "stop_if"];

    /// <summary>The text of <paramref name="field"/> for <paramref name="exercise"/>; empty when the exercise does not set it.</summary>
    public static string Text(Exercise exercise, string field) => field switch
    {
        "name" => exercise.Name,
        "dose" => ExerciseViewFactory.Dose(exercise),
        "hold" => exercise.HoldSeconds is { } hold ? ExerciseViewFactory.Duration(hold) : string.Empty,
        "reps" => ExerciseViewFactory.Times(exercise),
        "per_day" => ExerciseViewFactory.PerDay(exercise.PerDay).ToLowerInvariant(),
        "when" => exercise.When,
        "how_often" => ExerciseViewFactory.Frequency(exercise),
        "start" => exercise.Start,
        "build_up" => exercise.BuildUp,
        "easier" => exercise.Easier,
        "stop_if" => string.Join(", or ", exercise.StopIf),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not one of ExerciseFacts.Fields"),
    };
}
