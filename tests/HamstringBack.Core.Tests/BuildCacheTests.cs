using System.Text;
using HamstringBack.Core.Caching;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 7: `preview` rebuilds with a <see cref="BuildCache"/>. Whatever the edit, a cached rebuild gives the same
/// files and diagnostics as a fresh build, and an edit to one page's text renders only that page again. Issue 13: what
/// each page's templates read is recorded as it renders (no hand-written list), and a page is rendered again when
/// anything it read changed, and only then.
/// </summary>
public sealed class BuildCacheTests : IDisposable
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-1);

    private static readonly string AddedSection = new StringBuilder()
        .Append("---\ntitle: Posture\norder: 6\nsummary: How you sit and stand.\n")
        .Append("last_reviewed: 2026-11-20\nnext_review: 2027-11-20\n---\n\n")
        .Append("Posture matters a little.\n\n## Sitting\n\nSit back in your chair.\n")
        .ToString();

    private const string SpareImage = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><circle cx=\"2\" cy=\"2\" r=\"2\"/></svg>\n";

    private readonly TempSite _site = new();
    private readonly BuildCache _cache = new();
    private readonly List<string> _changed = [];
    private int _saves;

    public BuildCacheTests()
    {
        // Files written in the last second are read again whatever their stamp; date them back so the cache trusts them.
        foreach (var file in Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    public void Dispose() => _site.Dispose();

    /// <param name="watched">
    /// Issue 16: the cache is told which paths changed (<see cref="BuildCache.Trust"/>), as `preview`'s file watcher
    /// tells it, and takes every other text file as it was without a look at the disk.
    /// </param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cached_rebuilds_equal_fresh_builds_after_every_kind_of_edit(bool watched)
    {
        var steps = new (string Name, bool Succeeds, Action Edit)[]
        {
            ("nothing changed", true, () => { }),
            ("body edit", true, () => Edit("input/sections/04-stretching.md", "get them checked before", "have them checked before")),
            ("title edit", true, () => Edit("input/sections/02-back-alignment.md", "---\ntitle: ", "---\ntitle: Posture and ")),
            ("review date edit", true, () => Edit("input/sections/05-strengthening.md", "last_reviewed: 2026-11-20", "last_reviewed: 2026-11-21")),
            ("sources edit (shown on the section's exercise pages)", true, () => Edit("input/sections/04-stretching.md", "title: \"NHS: Back pain\"", "title: \"NHS: Back pain (overview)\"")),
            ("order change", true, () => Edit("input/sections/01-hamstrings.md", "order: 1", "order: 7")),
            ("heading rename that breaks another page's link", false, () => Edit("input/sections/01-hamstrings.md", "## Where they attach", "## Where they join")),
            ("body edit elsewhere while the link is broken", false, () => Edit("input/sections/05-strengthening.md", "see a GP or physiotherapist first", "see a GP or a physiotherapist first")),
            ("the link follows the heading", true, () => Edit("input/sections/02-back-alignment.md", "#where-they-attach", "#where-they-join")),
            ("section added", true, () => Save("input/sections/06-posture.md", AddedSection)),
            ("link to the added section", true, () => Edit("input/pages/about.md", "## Who writes and checks this site", "See [posture](../sections/06-posture.md#sitting).\n\n## Who writes and checks this site")),
            ("section removed", false, () => Delete("input/sections/06-posture.md")),
            ("link removed", true, () => Edit("input/pages/about.md", "See [posture](../sections/06-posture.md#sitting).\n\n", string.Empty)),
            ("exercise edit", true, () => Edit("input/exercises/bird-dog.yml", "name: Bird-dog", "name: Bird dog")),
            ("routine edit", true, () => Edit("input/routine.yml", "title: Daily routine", "title: Morning routine")),
            ("theme template edit", true, () => Edit("theme/templates/partials/byline.sbn", "Next review due", "Next check due")),
            ("warning partial edit (issue 17: shown on every exercise page and card)", true, () => Edit("input/partials/warning-line.md", "**Call 999**", "**Call 999 now**")),
            ("reviewer named (issue 17)", true, () => Edit("input/site.yml", "  - id: reviewer\n", "  - id: reviewer\n    name: Test Reviewer\n")),
            ("image changed", true, () => Edit("input/images/pelvis-tilt.svg", "</svg>", "<circle cx=\"1\" cy=\"1\" r=\"1\"/></svg>")),
            // Issue 16: a rebuild whose files have the same paths reuses the offline manifest's order and file list.
            ("image added (issue 16: one more path in the offline manifest)", true, () => Save("input/images/spare.svg", SpareImage)),
            ("image renamed (issue 16: as many paths, one of them new)", true, () => Move("input/images/spare.svg", "input/images/spare-two.svg")),
            ("image edited under its new name (issue 16: the same paths)", true, () => Edit("input/images/spare-two.svg", "r=\"2\"", "r=\"3\"")),
            ("broken section", false, () => Edit("input/sections/04-stretching.md", "title: Stretching", "title: [Stretching")),
            ("broken exercise while the section is still broken", false, () => Edit("input/exercises/glute-bridge.yml", "kind: strength", "kind: flying")),
            ("both fixed", true, () =>
            {
                Edit("input/sections/04-stretching.md", "title: [Stretching", "title: Stretching");
                Edit("input/exercises/glute-bridge.yml", "kind: flying", "kind: strength");
            }),
            ("home edit", true, () => Edit("input/home.md", "title: Can tight", "title: Could tight")),
            // Issue 13: strings.yml is read with the input, the rest of the theme only once the input has no error.
            ("theme strings edit", true, () => Edit("theme/strings.yml", "exercises_title: \"Exercises\"", "exercises_title: \"All exercises\"")),
            ("broken exercise and broken template: the exercise's error alone", false, () =>
            {
                Edit("input/exercises/glute-bridge.yml", "kind: strength", "kind: flying");
                Edit("theme/templates/page.sbn", "<h1>{{ page.title }}</h1>", "<h1>{{ if page.title }}</h1>");
            }),
            ("exercise fixed: the template's error", false, () => Edit("input/exercises/glute-bridge.yml", "kind: flying", "kind: strength")),
            ("template fixed", true, () => Edit("theme/templates/page.sbn", "<h1>{{ if page.title }}</h1>", "<h1>{{ page.title }}</h1>")),
            ("settings edit", true, () => Edit("input/site.yml", "publisher: HamstringBack", "publisher: HamstringBack team")),
        };

        foreach (var (name, succeeds, edit) in steps)
        {
            edit();
            if (watched)
            {
                _cache.Trust(_site.Input, _changed.ToList());
                _changed.Clear();
            }

            var cached = Build(_cache);
            var fresh = Build(null);

            Assert.True(succeeds == fresh.Succeeded, $"{name}: the fresh build {(fresh.Succeeded ? "succeeded" : "failed")}");
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), cached.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(fresh.Files.Select(f => f.Path), cached.Files.Select(f => f.Path));
            var differ = fresh.Files.Zip(cached.Files).Where(p => !p.First.Content.AsSpan().SequenceEqual(p.Second.Content)).Select(p => p.First.Path).ToList();
            Assert.True(differ.Count == 0, $"{name}: these files differ from a fresh build: {string.Join(", ", differ)}");
        }
    }

    [Fact]
    public void A_text_file_the_watcher_did_not_report_is_taken_as_it_was_without_a_look_at_the_disk_issue_16()
    {
        Assert.True(Build(_cache).Succeeded);
        Edit("input/sections/04-stretching.md", "get them checked before", "have them checked before");

        // Given the watcher reported nothing, the file on disk is not looked at
        _cache.Trust(_site.Input, []);
        var trusted = Build(_cache);
        Assert.Equal(0, _cache.FilesRead);
        Assert.Contains("get them checked before", trusted.Text("stretching/index.html"));

        // Given it reported the file, or anything at all (null), the file is read again
        _cache.Trust(_site.Input, [Path.Combine(_site.Input, "sections/04-stretching.md")]);
        Assert.Contains("have them checked before", Build(_cache).Text("stretching/index.html"));
        Edit("input/sections/04-stretching.md", "have them checked before", "get them checked first");
        _cache.Trust(_site.Input, [Path.Combine(_site.Input, "sections")]);
        Assert.Contains("get them checked first", Build(_cache).Text("stretching/index.html"));
        Edit("input/sections/04-stretching.md", "get them checked first", "get them looked at first");
        _cache.Trust(_site.Input, null);
        Assert.Contains("get them looked at first", Build(_cache).Text("stretching/index.html"));
    }

    [Fact]
    public void A_body_edit_reads_parses_and_renders_only_that_page_again()
    {
        var before = Build(_cache);
        Assert.True(before.Succeeded);

        Edit("input/sections/04-stretching.md", "get them checked before", "have them checked before");
        var after = Build(_cache);

        Assert.True(after.Succeeded);
        Assert.Equal(1, _cache.FilesRead);
        Assert.Equal(1, _cache.FilesParsed);
        Assert.Equal(1, _cache.PagesRendered);
        Assert.Contains("have them checked before", after.Text("stretching/index.html"));
        var old = before.Files.ToDictionary(f => f.Path);
        var made = after.Files.Where(f => !ReferenceEquals(old.GetValueOrDefault(f.Path)?.Content, f.Content)).Select(f => f.Path).Order().ToList();

        // The offline manifest lists a hash of every file, so it changes with any page.
        Assert.Equal(["stretching/index.html", "sw-manifest.js"], made);
    }

    [Fact]
    public void A_title_edit_renders_every_page_again_but_parses_only_its_file()
    {
        Assert.True(Build(_cache).Succeeded);

        Edit("input/sections/02-back-alignment.md", "---\ntitle: ", "---\ntitle: Posture and ");
        var after = Build(_cache);

        Assert.True(after.Succeeded);
        Assert.Equal(1, _cache.FilesParsed);
        Assert.Equal(after.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal)), _cache.PagesRendered);
        Assert.Contains("Posture and", after.Text("exercises/index.html"));
    }

    [Fact]
    public void A_heading_rename_parses_only_the_edited_files_and_still_checks_links_to_it()
    {
        Assert.True(Build(_cache).Succeeded);

        Edit("input/sections/01-hamstrings.md", "## Where they attach", "## Where they join");
        var broken = Build(_cache);
        Assert.Equal(1, _cache.FilesParsed);
        Assert.Contains(broken.Diagnostics, d => d.Code == "HB0304" && d.File == "input/sections/02-back-alignment.md");

        Edit("input/sections/02-back-alignment.md", "#where-they-attach", "#where-they-join");
        var fixedSite = Build(_cache);

        Assert.True(fixedSite.Succeeded, string.Join('\n', fixedSite.Diagnostics));
        Assert.Equal(1, _cache.FilesParsed);
        Assert.Contains("/hamstrings/#where-they-join", fixedSite.Text("back-alignment/index.html"));
    }

    [Fact]
    public void An_added_image_renders_the_Markdown_of_every_page_again()
    {
        Assert.True(Build(_cache).Succeeded);

        Save("input/images/posture.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>");
        Assert.True(Build(_cache).Succeeded);

        // Links may lead to any input file, so a new file name means every content file is rendered again.
        var contentFiles = Directory.EnumerateFiles(_site.Input, "*.md", SearchOption.AllDirectories).Count();
        Assert.Equal(contentFiles, _cache.FilesParsed);
    }

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
        var before = Build(_cache);
        Assert.True(before.Succeeded);

        Edit("input/exercises/bird-dog.yml", "name: Bird-dog", "name: Bird dog");
        var after = Build(_cache);

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
        var model = Build(_cache).Model!;
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

    private BuildResult Build(BuildCache? cache) =>
        new SiteBuilder { Cache = cache }.Build(new BuildOptions(_site.Input, _site.Theme) { InputLabel = "input", ThemeLabel = "theme" });

    private void Edit(string relative, string find, string replace)
    {
        _site.Edit(relative, find, replace);
        Settle(relative);
    }

    private void Save(string relative, string text)
    {
        _site.Write(relative, text);
        Settle(relative);
    }

    private void Move(string from, string to)
    {
        File.Move(Path.Combine(_site.Root, from), Path.Combine(_site.Root, to));
        _changed.Add(Path.Combine(_site.Root, from));
        Settle(to);
    }

    private void Delete(string relative)
    {
        _site.Delete(relative);
        _changed.Add(Path.Combine(_site.Root, relative));
    }

    /// <summary>Dates a saved file a little later than the last save, but long enough ago for the cache to trust it.</summary>
    private void Settle(string relative)
    {
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, relative), LongAgo.AddSeconds(++_saves));
        _changed.Add(Path.Combine(_site.Root, relative));
    }
}
