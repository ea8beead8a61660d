using System.Text.Json;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Render.Checklist;

/// <summary>
/// The routine as the checklist script reads it: JSON for a <c>&lt;script type="application/json"&gt;</c>
/// element. System.Text.Json's default encoder escapes &lt; &gt; &amp; and quotes, so the text cannot end the
/// element early; the browser never runs it, so it is allowed by a strict Content-Security-Policy.
/// </summary>
public static class ChecklistData
{
    /// <summary>Version of this JSON shape, read by theme/static/js/checklist.js.</summary>
    public const int Version = 1;

    /// <summary>The routine's exercises in order, each with its dose and every set to tick.</summary>
    public static RawHtml Json(string title, IReadOnlyList<ExerciseView> routine, string checklistUrl)
    {
        var data = new ChecklistJson(Version, title, checklistUrl, routine.Select(e => new ChecklistExerciseJson(
            e.Id, e.Name, e.Dose, e.Frequency, e.HoldSeconds, e.Reps, e.Sides, e.PerDay, e.Url, Sets(e), e.FormerIds)).ToList());
        return new RawHtml(JsonSerializer.Serialize(data, SiteJson.Default.ChecklistJson));
    }

    /// <summary>
    /// Every set of one exercise for a day: per_day sessions × sides × reps. "each" gives
    /// "Left leg n of reps" then "Right leg n of reps"; "alternating" gives left and right side in turn;
    /// "both" gives "n of reps".
    /// </summary>
    public static IReadOnlyList<ChecklistSet> Sets(ExerciseView exercise)
    {
        var sets = new List<ChecklistSet>();
        var sides = Sides(exercise.Sides);
        var alternating = exercise.Sides == "alternating";
        for (var session = 1; session <= Math.Max(1, exercise.PerDay); session++)
        {
            // "each" does every rep on one side, then the other; "alternating" switches side every rep.
            var order = alternating
                ? Enumerable.Range(1, exercise.Reps).SelectMany(n => sides.Select(side => (side, n)))
                : sides.SelectMany(side => Enumerable.Range(1, exercise.Reps).Select(n => (side, n)));
            foreach (var ((code, label), n) in order)
            {
                var text = label.Length == 0 ? $"{n} of {exercise.Reps}" : $"{label} {n} of {exercise.Reps}";
                sets.Add(new ChecklistSet($"{exercise.Id}:{session}:{code}:{n}", session, text));
            }
        }

        return sets;
    }

    private static (string Code, string Label)[] Sides(string sides) => sides switch
    {
        "each" => [("L", "Left leg"), ("R", "Right leg")],
        "alternating" => [("L", "Left side"), ("R", "Right side")],
        _ => [("B", string.Empty)],
    };
}
