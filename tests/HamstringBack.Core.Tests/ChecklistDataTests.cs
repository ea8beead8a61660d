using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>Issue 4: the routine JSON the checklist script reads, built from routine.yml and each exercise.</summary>
public sealed class ChecklistDataTests(RealSite real) : IClassFixture<RealSite>
{
    [Fact]
    public void Checklist_home_and_exercise_pages_carry_the_routine_as_json_with_one_set_per_side_set_and_session()
    {
        // The real site as it is, built once for the test run (issue 13: CI time)
        var result = real.Result;

        var routine = RoutineData(result.Text("checklist/index.html")!);
        var exercises = routine.GetProperty("exercises").EnumerateArray().ToList();
        Assert.Equal(["lying-towel-hamstring-stretch", "standing-hamstring-sweep", "glute-bridge", "bird-dog"], exercises.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal("/checklist/", routine.GetProperty("checklist").GetString());
        Assert.Equal(2, routine.GetProperty("v").GetInt32());
        var supine = exercises[0];
        Assert.Equal(30, supine.GetProperty("hold").GetInt32());
        Assert.Equal("Hold 30 seconds · 2 times each leg", supine.GetProperty("dose").GetString());
        Assert.Equal("Aim for a mild stretch, never pain.", supine.GetProperty("cue").GetString());
        // The guided session shows the first frame while getting ready and the last while holding (issues 14 and 19).
        Assert.Equal("/figures/lying-towel-hamstring-stretch-start.svg", supine.GetProperty("image").GetString());
        Assert.Equal("/figures/lying-towel-hamstring-stretch-end.svg", supine.GetProperty("imageEnd").GetString());
        Assert.StartsWith("The towel-held leg raised", supine.GetProperty("imageEndAlt").GetString(), StringComparison.Ordinal);
        var picture = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "figures/lying-towel-hamstring-stretch-end.svg").Content);
        Assert.Contains("xmlns=\"http://www.w3.org/2000/svg\"", picture, StringComparison.Ordinal);
        Assert.Contains("fill=\"#ffffff\"", picture, StringComparison.Ordinal);
        Assert.Equal(
            ["1 lying-towel-hamstring-stretch:1:L:s1 Left leg", "1 lying-towel-hamstring-stretch:1:R:s1 Right leg",
             "2 lying-towel-hamstring-stretch:2:L:s1 Left leg", "2 lying-towel-hamstring-stretch:2:R:s1 Right leg"],
            Sets(supine));
        Assert.Equal(["1 bird-dog:1:B:s1 Both sides, 6 times each"], Sets(exercises[3]));
        Assert.Equal(["1 glute-bridge:1:B:s1 10 times"], Sets(exercises[2]));
        Assert.Equal(8, exercises.Sum(e => e.GetProperty("sets").GetArrayLength()));
        Assert.Equal(routine.ToString(), RoutineData(result.Text("index.html")!).ToString());
        Assert.Equal(routine.ToString(), RoutineData(result.Text("exercises/bird-dog/index.html")!).ToString());
        Assert.DoesNotContain("routine-data", result.Text("stretching/index.html")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Sets_in_an_exercise_file_give_one_tick_per_set_per_side_and_a_dose_that_says_so_issue_14()
    {
        using var site = new TempSite();
        var path = Path.Combine(site.Input, "exercises", "standing-hamstring-sweep.yml");
        site.Write("input/exercises/standing-hamstring-sweep.yml", File.ReadAllText(path).Replace("reps: 8", "reps: 8\nsets: 3"));

        var result = site.Build();

        var sweep = RoutineData(result.Text("checklist/index.html")!).GetProperty("exercises")[1];
        Assert.Equal("3 sets of 8 times each leg", sweep.GetProperty("dose").GetString());
        Assert.Equal(
            ["1 standing-hamstring-sweep:1:L:s1 Left leg, set 1 of 3", "1 standing-hamstring-sweep:1:R:s1 Right leg, set 1 of 3",
             "1 standing-hamstring-sweep:1:L:s2 Left leg, set 2 of 3", "1 standing-hamstring-sweep:1:R:s2 Right leg, set 2 of 3",
             "1 standing-hamstring-sweep:1:L:s3 Left leg, set 3 of 3", "1 standing-hamstring-sweep:1:R:s3 Right leg, set 3 of 3"],
            Sets(sweep));
        Assert.Contains("3 sets of 8 times each leg", result.Text("exercises/standing-hamstring-sweep/index.html")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_the_routine_json_cannot_close_its_script_element()
    {
        using var site = new TempSite();
        var path = Path.Combine(site.Input, "exercises", "glute-bridge.yml");
        site.Write("input/exercises/glute-bridge.yml", File.ReadAllText(path).Replace("name: Glute bridge", "name: \"Glute </script><b>bridge\""));

        var html = site.Build().Text("checklist/index.html")!;

        Assert.DoesNotContain("</script><b>", html, StringComparison.Ordinal);
        var names = RoutineData(html).GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("name").GetString());
        Assert.Contains("Glute </script><b>bridge", names);
    }

    [Fact]
    public void Every_page_loads_the_app_module_and_only_checklist_pages_load_the_checklist_style()
    {
        using var site = new TempSite();
        var result = site.Build();

        // Every page for readers: the browser editor's (admin/, issue 18) loads only the editor.
        foreach (var page in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal)))
        {
            var doc = new HtmlParser().ParseDocument(result.Text(page.Path)!);
            Assert.Equal("/js/app.js", doc.QuerySelector("script[type=module]")?.GetAttribute("src"));
            var checklistStyle = doc.QuerySelectorAll("link[rel=stylesheet]").Any(l => l.GetAttribute("href")!.StartsWith("/assets/checklist.", StringComparison.Ordinal));
            var kind = doc.Body!.ClassName;
            Assert.Equal(kind is "kind-home" or "kind-exercise" or "kind-checklist", checklistStyle);
        }
    }

    private static JsonElement RoutineData(string html)
    {
        var script = new HtmlParser().ParseDocument(html).QuerySelector("script#routine-data[type='application/json']");
        Assert.NotNull(script);
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }

    private static IEnumerable<string> Sets(JsonElement exercise) =>
        exercise.GetProperty("sets").EnumerateArray()
            .Select(s => $"{s.GetProperty("session").GetInt32()} {s.GetProperty("id").GetString()} {s.GetProperty("label").GetString()}");
}
