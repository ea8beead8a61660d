using System.Text.Json;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Render.Checklist;

/// <summary>
/// The routine as the checklist script reads it: JSON for a <c>&lt;script type="application/json"&gt;</c>
/// element. System.Text.Json's default encoder escapes &lt; &gt; &amp; and quotes, so the text cannot end the
/// element early; the browser never runs it, so it is allowed by a strict Content-Security-Policy.
/// </summary>
public static class ChecklistData
{
    /// <summary>Version of this JSON shape, read by theme/static/js/checklist.js. 2: one tick per set (issue 14).</summary>
    public const int Version = 2;

    /// <summary>
    /// The routine's exercises in order, each with its dose, its dose range and every set to tick; then the site's
    /// other exercises (<paramref name="others"/>), which a clinician's programme may choose.
    /// </summary>
    /// <param name="strings">The theme's words for the ticks (tick_left, tick_set and the like).</param>
    public static RawHtml Json(string title, IReadOnlyList<ExerciseView> routine, string checklistUrl, IEnumerable<ExerciseView> others, ThemeStrings strings) =>
        Serialize(new ChecklistJson(Version, title, checklistUrl, routine.Select(e => Exercise(e, strings)).ToList(), others.Select(e => Exercise(e, strings)).ToList()));

    /// <summary>
    /// The routine's exercises only, for the home and exercise pages (issue 16: every exercise's data on every
    /// exercise page made the site grow with the square of the exercises). When the site has other exercises,
    /// "more" is left out and the page's script reads them from the checklist page's full copy
    /// (<see cref="Json"/>) only if a clinician's programme needs them; with none, the text is the same as <see cref="Json"/>'s.
    /// </summary>
    public static RawHtml RoutineOnly(string title, IReadOnlyList<ExerciseView> routine, string checklistUrl, bool hasOthers, ThemeStrings strings) =>
        Serialize(new ChecklistJson(Version, title, checklistUrl, routine.Select(e => Exercise(e, strings)).ToList(), hasOthers ? null : []));

    private static RawHtml Serialize(ChecklistJson data) => new(JsonSerializer.Serialize(data, SiteJson.Default.ChecklistJson));

    private static ChecklistExerciseJson Exercise(ExerciseView e, ThemeStrings strings) => new(
        e.Id, e.Name, e.Dose, e.Frequency, e.HoldSeconds, e.Reps, e.Sides, e.PerDay, e.Url, e.KeyCue,
        e.ImageUrl.Length > 0 ? e.ImageUrl : e.FramePictureUrls.Start, e.FramePictureUrls.End,
        e.Frames.Count > 0 ? e.Frames[0].Alt : e.ImageAlt, e.Frames.Count > 0 ? e.Frames[^1].Alt : string.Empty, Sets(e, strings), e.FormerIds,
        Range(e.DoseRange ?? new DoseRange(IntRange.Only(e.Sets), IntRange.Only(e.Reps), IntRange.Only(e.HoldSeconds), IntRange.Only(e.PerDay))));

    private static DoseRangeJson Range(DoseRange r) =>
        new([r.Sets.Min, r.Sets.Max], [r.Reps.Min, r.Reps.Max], [r.HoldSeconds.Min, r.HoldSeconds.Max], [r.PerDay.Min, r.PerDay.Max]);

    /// <summary>
    /// Every set of one exercise for a day, one tick each: per_day sessions × sets × sides. A set is the
    /// exercise's reps (or holds) on one side; "each" gives a left then a right tick for every set; "both"
    /// and "alternating" (which switches side every repetition) give one set for both sides. The ticks' words
    /// are the theme's (tick_left, tick_set and the like).
    /// </summary>
    public static IReadOnlyList<ChecklistSet> Sets(ExerciseView exercise, ThemeStrings strings)
    {
        var list = new List<ChecklistSet>();
        var sides = Sides(exercise, strings);
        for (var session = 1; session <= Math.Max(1, exercise.PerDay); session++)
        {
            for (var n = 1; n <= exercise.Sets; n++)
            {
                foreach (var (code, label) in sides)
                {
                    var text = exercise.Sets == 1 ? label : strings["tick_set", ("label", label), ("n", n), ("sets", exercise.Sets)];
                    list.Add(new ChecklistSet($"{exercise.Id}:{session}:{code}:s{n}", session, code, n, text));
                }
            }
        }

        return list;
    }

    private static (string Code, string Label)[] Sides(ExerciseView exercise, ThemeStrings strings) => exercise.Sides switch
    {
        "each" => [("L", strings["tick_left"]), ("R", strings["tick_right"])],
        "alternating" => [("B", strings["tick_both_sides", ("times", Times(exercise.Reps, strings))])],
        _ => [("B", Times(exercise.Reps, strings))],
    };

    private static string Times(int reps, ThemeStrings strings) => reps == 1 ? strings["tick_once"] : strings["tick_times", ("n", reps)];
}
