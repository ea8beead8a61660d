using System.Security.Cryptography;
using HamstringBack.Cli.Preview;
using HamstringBack.Core.Tests.Support;
using static HamstringBack.Core.Tests.Cli.PreviewRecoveryTests;

namespace HamstringBack.Core.Tests.Cli;

/// <summary>
/// Issue 16: the preview renders and serves the pages open in a browser first, before the rest of the rebuild
/// (Hugo's fast render mode); a page asked for before the rebuild has rendered it is rendered on demand; when the
/// rebuild ends, the site served is the one a fresh build makes. Each test holds the rebuild at its render stage
/// (the stage that renders every other page) and looks at what is served over HTTP meanwhile.
/// </summary>
public sealed class PreviewViewedFirstTests
{
    private static readonly string NetlifyToml = Path.Combine(RepoPaths.Root, "netlify.toml");

    [Fact]
    public async Task A_body_edit_serves_the_viewed_page_and_a_stale_page_asked_for_before_the_rebuild_ends_issue_16()
    {
        using var site = new TempSite();
        await using var viewing = await Viewing.OpenAsync(site, "stretching/");
        var (preview, http, viewed) = (viewing.Preview, viewing.Http, viewing.Page);

        // Given the stretching page is open, when its title is edited
        site.Edit("input/sections/04-stretching.md", "title: Stretching", "title: Stretching today");

        // Then it is served new, and told to reload, while the rebuild has not rendered the other pages
        await WaitForPageAsync(http, viewed, html => html.Contains("<h1>Stretching today</h1>", StringComparison.Ordinal));
        await viewing.Events.WaitForAsync("reload", _ => true);
        Assert.Equal(1, viewing.BuildsSwappedIn);

        // And a page no one was viewing, asked for now, is rendered on demand with the new title in its navigation
        var other = await http.GetStringAsync(new Uri(preview.Address, "about/"));
        Assert.Contains(">Stretching today<", other);
        Assert.Equal(1, viewing.BuildsSwappedIn);

        // When the rebuild goes on, the site served is the one a fresh build makes
        viewing.Held.Release();
        await WaitForFreshSiteAsync(preview, site);

        // And the viewed page was told to reload once: the rest of the rebuild changed nothing it shows (it used to
        // reload a second time for the offline manifest, which every edit changes and no page loads)
        await Task.Delay(1000);
        Assert.Single(viewing.Events.Events, e => e.Name == "reload");
    }

    [Theory]
    [InlineData("theme/templates/layout.sbn", "<footer class=\"site-footer\">", "<footer class=\"site-footer\"><p>Template edited</p>", "Template edited", "render")]
    [InlineData("theme/assets/site.css", "color-scheme: light dark;", "color-scheme: light dark; --edit-marker: 1;", "--edit-marker: 1;", "render")]
    [InlineData("theme/templates/layout.sbn", "<footer class=\"site-footer\">", "<footer class=\"site-footer\"><p>Template edited</p>", "Template edited", "read")]
    [InlineData("theme/assets/site.css", "color-scheme: light dark;", "color-scheme: light dark; --edit-marker: 1;", "--edit-marker: 1;", "read")]
    public async Task A_theme_edit_serves_the_viewed_page_before_the_other_pages_are_rendered_again_issue_16(string file, string find, string replace, string marker,
        string heldStage)
    {
        using var site = new TempSite();
        await using var viewing = await Viewing.OpenAsync(site, "stretching/", heldStage);
        var (preview, http, viewed) = (viewing.Preview, viewing.Http, viewing.Page);

        // Given the stretching page is open, when a template or the stylesheet is edited
        site.Edit(file, find, replace);

        // Then the page (or the stylesheet it links to) is served new while the other pages are not rendered yet;
        // and even before the rebuild reads a file: from the last build rendered with the new theme
        await WaitForPageAsync(http, viewed, html => html.Contains(marker, StringComparison.Ordinal) || StylesheetHas(http, viewed, html, marker));
        Assert.Equal(1, viewing.BuildsSwappedIn);

        viewing.Held.Release();
        await WaitForFreshSiteAsync(preview, site);
    }

    [Fact]
    public async Task A_body_edit_is_served_from_the_last_build_patched_before_the_rebuild_reads_a_file_issue_16()
    {
        using var site = new TempSite();
        await using var viewing = await Viewing.OpenAsync(site, "stretching/", heldStage: "read");
        var (preview, http, viewed) = (viewing.Preview, viewing.Http, viewing.Page);

        // Given the stretching page is open, when a sentence of its body is edited (its front matter as it was)
        site.Edit("input/sections/04-stretching.md", "It should never hurt.", "It should never hurt, not even a little.");

        // Then it is served new, and told to reload, while the whole rebuild is held before it reads any file
        await WaitForPageAsync(http, viewed, html => html.Contains("never hurt, not even a little.", StringComparison.Ordinal));
        await viewing.Events.WaitForAsync("reload", _ => true);
        Assert.Equal(1, viewing.BuildsSwappedIn);

        // And a page no one was viewing is rendered on demand from the same patched site
        Assert.Contains("<h1>About", await http.GetStringAsync(new Uri(preview.Address, "about/")));

        // When the rebuild goes on, the site served is the one a fresh build makes, and the viewed page was the same
        // bytes already: it was told to reload once
        viewing.Held.Release();
        await WaitForFreshSiteAsync(preview, site);
        await Task.Delay(500);
        Assert.Single(viewing.Events.Events, e => e.Name == "reload");
    }

    [Fact]
    public async Task A_theme_strings_edit_waits_for_the_whole_rebuild_issue_16()
    {
        using var site = new TempSite();
        await using var viewing = await Viewing.OpenAsync(site, "stretching/", heldStage: "read");
        var (preview, http, viewed) = (viewing.Preview, viewing.Http, viewing.Page);
        var before = await http.GetStringAsync(viewed);

        // Given the page is open and the rebuild held before it reads a file, when the theme's strings are edited
        // (they reach the Markdown, the plans and the exercises' views)
        site.Edit("theme/strings.yml", "exercises_title: \"Exercises\"", "exercises_title: \"All exercises\"");

        // Then nothing is served from the last build: the page stays as it was until the whole rebuild runs
        await Task.Delay(1500);
        Assert.Equal(before, await http.GetStringAsync(viewed));
        Assert.DoesNotContain(viewing.Events.Events, e => e.Name == "reload");

        viewing.Held.Release();
        await WaitForFreshSiteAsync(preview, site);
    }

    [Fact]
    public async Task An_atomic_save_of_a_body_edit_is_served_from_the_last_build_patched_issue_16()
    {
        using var site = new TempSite();
        await using var viewing = await Viewing.OpenAsync(site, "stretching/", heldStage: "read");
        var (preview, http, viewed) = (viewing.Preview, viewing.Http, viewing.Page);

        // Given the stretching page is open, when an editor saves a body edit as many do: a temporary file in the
        // same folder, renamed over the page
        var page = Path.Combine(site.Input, "sections", "04-stretching.md");
        var text = site.Read("input/sections/04-stretching.md").Replace("It should never hurt.", "It should never hurt at all.", StringComparison.Ordinal);
        File.WriteAllText(page + ".tmp", text);
        File.Move(page + ".tmp", page, overwrite: true);

        // Then the page is served new while the whole rebuild is held before it reads any file
        await WaitForPageAsync(http, viewed, html => html.Contains("never hurt at all.", StringComparison.Ordinal));
        Assert.Equal(1, viewing.BuildsSwappedIn);

        viewing.Held.Release();
        await WaitForFreshSiteAsync(preview, site);
    }

    [Fact]
    public void A_change_to_Markdown_files_alone_waits_less_for_the_rest_of_the_save_issue_16()
    {
        // A body edit is served in milliseconds: its save is waited for 5 ms, anything else for 25 ms
        Assert.Equal(TimeSpan.FromMilliseconds(5), PreviewRebuilder.DebounceFor(["/site/input/sections/04-stretching.md", "/site/input/index.md"]));
        Assert.Equal(TimeSpan.FromMilliseconds(25), PreviewRebuilder.DebounceFor(["/site/input/sections/04-stretching.md", "/site/input/site.yml"]));
        Assert.Equal(TimeSpan.FromMilliseconds(25), PreviewRebuilder.DebounceFor(["/site/input/sections/04-stretching.md.tmp"]));
        Assert.Equal(TimeSpan.FromMilliseconds(25), PreviewRebuilder.DebounceFor(null));
        Assert.Equal(TimeSpan.FromMilliseconds(25), PreviewRebuilder.DebounceFor([]));
    }

    [Theory]
    [InlineData("title: Stretching", "title: Stretching today", "<h1>Stretching today</h1>")]
    [InlineData("It should never hurt.", "It should [never](01-hamstrings.md#no-such-heading) hurt.", null)]
    [InlineData("It should never hurt.", "It should <b>never</b> hurt.", null)]
    public async Task A_front_matter_edit_or_a_broken_body_waits_for_the_whole_rebuild_issue_16(string find, string replace, string? marker)
    {
        using var site = new TempSite();
        await using var viewing = await Viewing.OpenAsync(site, "stretching/", heldStage: "read");
        var (preview, http, viewed) = (viewing.Preview, viewing.Http, viewing.Page);
        var before = await http.GetStringAsync(viewed);

        // Given the page is open and the rebuild held before it reads a file, when its front matter (or a body
        // with an error) is saved
        site.Edit("input/sections/04-stretching.md", find, replace);

        // Then nothing is served from a patched model: the page stays as it was until the whole rebuild runs
        await Task.Delay(1500);
        Assert.Equal(before, await http.GetStringAsync(viewed));
        Assert.DoesNotContain(viewing.Events.Events, e => e.Name == "reload");

        viewing.Held.Release();
        if (marker is null)
        {
            // And a broken body is the whole rebuild's error in the overlay, over the last good page
            await viewing.Events.WaitForAsync("problems", data => data.Contains("04-stretching.md", StringComparison.Ordinal));
            Assert.Equal(before, await http.GetStringAsync(viewed));
        }
        else
        {
            await WaitForPageAsync(http, viewed, html => html.Contains(marker, StringComparison.Ordinal));
            await WaitForFreshSiteAsync(preview, site);
        }
    }

    /// <summary>A preview of a site with one page open (its event stream listening), whose next rebuild is held before its render stage.</summary>
    private sealed class Viewing : IAsyncDisposable
    {
        private readonly StringWriter _log;

        private Viewing(PreviewServer preview, Uri page, PreviewEventStream events, StringWriter log, string heldStage)
        {
            (Preview, Page, Events, _log) = (preview, page, events, log);
            Held = new HeldRender(preview, heldStage);
        }

        public PreviewServer Preview { get; }

        public Uri Page { get; }

        public PreviewEventStream Events { get; }

        public HeldRender Held { get; }

        public HttpClient Http { get; } = new();

        /// <summary>How many builds the preview has swapped in (the first one included), as its terminal says.</summary>
        public int BuildsSwappedIn => _log.ToString().Split('\n').Count(l => l.StartsWith("Built in", StringComparison.Ordinal));

        /// <param name="heldStage">The stage the next rebuild is held at: "read" holds all of it.</param>
        public static async Task<Viewing> OpenAsync(TempSite site, string path, string heldStage = "render")
        {
            var text = new StringWriter();
            var log = TextWriter.Synchronized(text);
            var preview = await PreviewServer.StartAsync(new PreviewOptions(site.Input, site.Theme, 0, NetlifyToml), log, log);
            var page = new Uri(preview.Address, path);
            var events = new PreviewEventStream(page);
            await events.WaitForAsync("hello", _ => true);
            return new Viewing(preview, page, events, text, heldStage);
        }

        public async ValueTask DisposeAsync()
        {
            Held.Dispose();
            Http.Dispose();
            await Events.DisposeAsync();
            await Preview.DisposeAsync();
        }
    }

    /// <summary>Whether the stylesheet <paramref name="html"/> links to (site.HASH.css) contains <paramref name="marker"/>.</summary>
    private static bool StylesheetHas(HttpClient http, Uri page, string html, string marker)
    {
        var css = html.Split('"').FirstOrDefault(s => s.StartsWith("/assets/site.", StringComparison.Ordinal));
        return css is not null && http.GetStringAsync(new Uri(page, css)).GetAwaiter().GetResult().Contains(marker, StringComparison.Ordinal);
    }

    /// <summary>
    /// Waits until every file a fresh build of the site makes is served with the same bytes. The fresh files are
    /// hashed once, not at every look (issue 13: CI time; the site is ~7 MB, the browser editor's bundle included).
    /// </summary>
    private static async Task WaitForFreshSiteAsync(PreviewServer preview, TempSite site)
    {
        var fresh = new SiteBuilder().Build(new BuildOptions(site.Input, site.Theme, preview.Address.ToString()));
        Assert.True(fresh.Succeeded);
        var hashes = fresh.Files.Select(f => (f.Path, Hash: Convert.ToHexStringLower(SHA256.HashData(f.Content))[..16])).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        List<string> different;
        do
        {
            await Task.Delay(50);
            different = hashes.Where(f => preview.Site.File(f.Path)?.Hash != f.Hash).Select(f => f.Path).ToList();
        }
        while (different.Count > 0 && clock.ElapsedMilliseconds < 20000);

        Assert.Empty(different);
    }

    /// <summary>Holds the preview's next rebuild at the start of a stage (render unless told) until released (or disposed).</summary>
    private sealed class HeldRender : IDisposable
    {
        private readonly ManualResetEventSlim _gate = new();
        private int _holding;

        public HeldRender(PreviewServer preview, string held)
        {
            preview.StageStarted = stage =>
            {
                if (stage == held && !_gate.IsSet && Interlocked.CompareExchange(ref _holding, 1, 0) == 0)
                {
                    _gate.Wait(TimeSpan.FromSeconds(30));
                }
            };
        }

        public void Release() => _gate.Set();

        public void Dispose()
        {
            _gate.Set();
            _gate.Dispose();
        }
    }
}
