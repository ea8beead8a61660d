using System.Text;
using HamstringBack.Core.Caching;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 13: the preview's page memo records what each page's templates read as the page renders, instead of a
/// hand-written list of what any page may read; a page is rendered again when anything it read changed, and only then.
/// </summary>
public sealed class PageDependencyTests : IDisposable
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-1);

    private readonly TempSite _site = new();
    private readonly BuildCache _cache = new();
    private int _saves;

    public PageDependencyTests()
    {
        // Files written in the last second are read again whatever their stamp; date them back so the cache trusts them.
        foreach (var file in Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Issue13_a_page_that_shows_another_sections_heading_is_rendered_again_when_that_heading_changes()
    {
        // Given a theme whose section pages show the first heading of the section their view carries, and the
        // stretching page's view carrying the hamstrings section (a field no hand-written list of shared inputs had).
        Edit("theme/templates/section.sbn", "{{ page.body }}", "{{ page.body }}{{ if page.data }}<p id=\"teaser\">{{ page.data.content.toc[0].text }}</p>{{ end }}");
        var theme = ThemeLoader.Load(_site.Theme, "theme", new DiagnosticBag())!;
        IBuildCache pages = new BuildCache();
        var first = RenderWithTeaser(pages, theme);
        Assert.Contains("<p id=\"teaser\">Where are your hamstrings?</p>", first["stretching/index.html"]);

        // When the hamstrings section's first heading changes,
        Edit("input/sections/01-hamstrings.md", "## Where are your hamstrings?", "## Where your hamstrings are");
        var second = RenderWithTeaser(pages, theme);

        // Then the stretching page shows the new heading, as a fresh render does.
        Assert.Contains("<p id=\"teaser\">Where your hamstrings are</p>", second["stretching/index.html"]);
        Assert.Equal(first.Keys, second.Keys);

        // And a body edit of a third section renders only that page.
        Edit("input/sections/05-strengthening.md", "see a GP or physiotherapist first", "see a GP or a physiotherapist first");
        var third = RenderWithTeaser(pages, theme);
        Assert.Equal(1, ((BuildCache)pages).PagesRendered);
        Assert.Contains("see a GP or a physiotherapist first", third["strengthening/index.html"]);
    }

    [Fact]
    public void Issue13_an_exercise_edit_renders_again_the_pages_that_show_it_and_not_the_sections_pages()
    {
        var before = Build();
        Assert.True(before.Succeeded);

        Edit("input/exercises/bird-dog.yml", "name: Bird-dog", "name: Bird dog");
        var after = Build();

        Assert.True(after.Succeeded);
        Assert.Contains("Bird dog", after.Text("exercises/bird-dog/index.html"));
        Assert.Contains("Bird dog", after.Text("exercises/index.html"));
        var old = before.Files.ToDictionary(f => f.Path);
        var made = after.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !ReferenceEquals(old.GetValueOrDefault(f.Path)?.Content, f.Content))
            .Select(f => f.Path).ToList();
        Assert.Equal(made.Count, _cache.PagesRendered);
        Assert.DoesNotContain("hamstrings/index.html", made);
        Assert.DoesNotContain("about/index.html", made);
    }

    /// <summary>
    /// Builds with <see cref="_cache"/> for the model, then renders every page through <paramref name="pages"/>'s
    /// page memo the way a build does, the stretching page's view carrying the hamstrings section; returns the pages' text.
    /// </summary>
    private Dictionary<string, string> RenderWithTeaser(IBuildCache pages, Theme theme)
    {
        var model = Build().Model!;
        var urls = new SiteUrls(model.Settings);
        var exercises = model.Exercises.Select(e => ExerciseViewFactory.Create(e, model, urls, new ExerciseWords(theme.Strings))).ToList();
        var hamstrings = model.Sections.Single(s => s.Slug == "hamstrings");
        var plans = new PagePlanner(model, urls, theme.Strings).Plan(exercises)
            .Select(p => p.OutputPath == "stretching/index.html" ? p with { Page = p.Page with { Data = hamstrings } } : p)
            .ToList();
        var renderer = new PageRenderer(theme, model, urls, exercises) { RecordReads = pages.RecordsReads };
        var diagnostics = new DiagnosticBag();
        using var generation = pages.StartBuild();
        var files = pages.Pages(plans, theme, model, renderer, todo => renderer.Render(todo, diagnostics));
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList()));
        return files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content));
    }

    private BuildResult Build() =>
        new SiteBuilder { Cache = _cache }.Build(new BuildOptions(_site.Input, _site.Theme) { InputLabel = "input", ThemeLabel = "theme" });

    private void Edit(string relative, string find, string replace)
    {
        _site.Edit(relative, find, replace);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, relative), LongAgo.AddSeconds(++_saves));
    }
}
