using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Stages;

public sealed class PagePlannerTests
{
    [Fact]
    public void Paths_lists_exactly_the_pages_the_plan_makes_in_the_same_order()
    {
        using var site = new TempSite();
        site.Write("input/exercises/calf-raise.yml", File.ReadAllText(Path.Combine(site.Input, "exercises", "glute-bridge.yml")).Replace("name: Glute bridge", "name: Calf raise", StringComparison.Ordinal))
            .Write("input/pages/privacy.md", "---\ntitle: Privacy\nsummary: What this site keeps.\nlast_reviewed: 2026-01-01\nnext_review: 2027-01-01\n---\n\nNothing.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var model = result.Model!;
        var urls = new SiteUrls(model.Settings);
        var strings = ThemeLoader.Load(site.Theme, "theme", new DiagnosticBag())!.Strings;
        var planner = new PagePlanner(model, urls, strings);

        var paths = planner.Paths();

        Assert.Equal(planner.Plan(model.Exercises.Select(e => ExerciseViewFactory.Create(e, model, urls, new ExerciseWords(strings))).ToList()).Select(p => p.Page.Path), paths);
        Assert.Contains("exercises/calf-raise/", paths);
        Assert.Contains("cards/calf-raise/", paths);
        Assert.Contains("privacy/", paths);
        // Every built page but the browser editor's (issue 18), which the theme makes, not the plan
        var builtPages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal))
            .Select(f => f.Path == "404.html" ? f.Path : f.Path[..^"index.html".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(builtPages, paths.Order(StringComparer.Ordinal));
    }
}
