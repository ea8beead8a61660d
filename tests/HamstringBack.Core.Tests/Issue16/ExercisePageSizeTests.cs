using System.Text.Json;
using AngleSharp.Html.Parser;
using HamstringBack.Core.Cards;
using HamstringBack.Core.Model;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Issue16;

/// <summary>
/// Issue 16: an exercise page's size does not grow with the number of exercises, and the pages that list every
/// exercise grow in step with them. Before it, every exercise page carried the checklist data of every exercise,
/// so 1,000 exercises made 648 KB pages and 648 MB of them.
/// </summary>
public sealed class ExercisePageSizeTests
{
    [Fact]
    public void Issue_16_exercise_pages_and_the_home_page_keep_their_size_and_pages_listing_every_exercise_grow_linearly()
    {
        // Given the real site with 10, 55 and 100 more exercises outside the routine
        var few = BuildWithExercises(10);
        var middle = BuildWithExercises(55);
        var many = BuildWithExercises(100);

        // Then the largest exercise page and the home page grow by under 2% (each extra exercise added 0.7 KB to both)
        Assert.True(many.LargestExercisePage < few.LargestExercisePage * 1.02, $"{few.LargestExercisePage:N0} → {many.LargestExercisePage:N0} bytes");
        Assert.True(many.Sizes["index.html"] < few.Sizes["index.html"] * 1.02, $"home {few.Sizes["index.html"]:N0} → {many.Sizes["index.html"]:N0} bytes");

        // And the pages that list every exercise by design add as much for the last 45 exercises as for the first 45
        foreach (var path in few.Sizes.Keys.Where(p => p != "index.html"))
        {
            var first = middle.Sizes[path] - few.Sizes[path];
            var last = many.Sizes[path] - middle.Sizes[path];
            Assert.True(first > 0 && Math.Abs(last - first) < first * 0.05, $"{path}: +{first:N0} then +{last:N0} bytes for 45 exercises");
        }

        // And the checklist page still carries every exercise for a clinician's programme, exercise pages the routine only
        Assert.Equal(100, many.More);
        Assert.Equal(4, many.ExercisePageRoutine);
        Assert.False(many.ExercisePageHasMore);
    }

    [Fact]
    public void Issue_16_a_site_whose_exercises_are_all_in_the_routine_writes_the_same_routine_data_on_every_page()
    {
        using var site = new TempSite();
        var result = site.Build();

        var checklist = RoutineData(result.Text("checklist/index.html")!);
        Assert.Equal(checklist, RoutineData(result.Text("exercises/glute-bridge/index.html")!));
        Assert.Equal(checklist, RoutineData(result.Text("index.html")!));
        Assert.Contains("\"more\":[]", checklist, StringComparison.Ordinal);
    }

    private static Measured BuildWithExercises(int count)
    {
        using var site = new TempSite();
        for (var i = 1; i <= count; i++)
        {
            site.Write($"input/exercises/extra-stretch-{i:000}.yml",
                $"name: Extra stretch {i}\nkind: stretch\nsteps:\n  - Lie on your back.\n  - Hug one knee to your chest.\n  - Breathe out and relax.\n" +
                "hold_seconds: 20\nreps: 3\nsides: each\nper_day: 2\n");
        }

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        var exercisePages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)
            && result.Text(f.Path)!.Contains("<body class=\"kind-exercise\">", StringComparison.Ordinal)).ToList();
        Assert.Equal(count + 4, exercisePages.Count);
        string[] listing = ["index.html", "checklist/index.html", "programme/index.html", "exercises/index.html", "cards/index.html",
            .. CardLayout.All.Select(l => SiteUrls.CardLayout(l.Id) + "index.html")];
        using var full = JsonDocument.Parse(RoutineData(result.Text("checklist/index.html")!));
        using var own = JsonDocument.Parse(RoutineData(result.Text("exercises/extra-stretch-001/index.html")!));
        return new Measured(
            exercisePages.Max(f => f.Content.Length),
            listing.ToDictionary(p => p, p => result.Files.Single(f => f.Path == p).Content.Length),
            full.RootElement.GetProperty("more").GetArrayLength(),
            own.RootElement.GetProperty("exercises").GetArrayLength(),
            own.RootElement.TryGetProperty("more", out _));
    }

    private static string RoutineData(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("script#routine-data[type='application/json']")!.TextContent;

    private sealed record Measured(int LargestExercisePage, Dictionary<string, int> Sizes, int More, int ExercisePageRoutine, bool ExercisePageHasMore);
}
