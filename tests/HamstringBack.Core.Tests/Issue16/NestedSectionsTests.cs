using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Issue16;

/// <summary>
/// Issue 16: folders inside input/sections group sections. A group's pages live under its folder's slug, the menu
/// shows the top level and the current group's pages, nested pages have breadcrumbs and link to the pages beside
/// them in the group, and the sitemap has every page.
/// </summary>
public sealed class NestedSectionsTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The real site, plus a group with its own page (back-pain) and one without (knees).</summary>
    internal static TempSite NestedSite()
    {
        var site = new TempSite().NamePeople();
        site.Write("input/sections/06-back-pain/_group.md", Section("Back pain", 6, "Pages about back pain. Start with [sciatica](01-sciatica.md)."))
            .Write("input/sections/06-back-pain/01-sciatica.md", Section("Sciatica", 1, "Stretch gently: see [stretching](../04-stretching.md#before-you-start)."))
            .Write("input/sections/06-back-pain/02-disc.md", Section("Disc trouble", 2, "Next: [the last one](03-posture.md)."))
            .Write("input/sections/06-back-pain/03-posture.md", Section("Posture", 3, "Back to [the group](_group.md)."))
            .Write("input/sections/07-knees/01-kneecap.md", Section("Kneecap", 1, "About the kneecap."))
            .Write("input/sections/07-knees/02-ligaments.md", Section("Ligaments", 2, "About ligaments."))
            .Edit("input/sections/04-stretching.md", "\n## ", "\nRead about [sciatica](06-back-pain/01-sciatica.md).\n\n## ");
        return site;
    }

    internal static string Section(string title, int order, string body) =>
        $"---\ntitle: {title}\norder: {order}\nsummary: About {title.ToLowerInvariant()}.\nlast_reviewed: 2026-11-20\nnext_review: 2027-11-20\n---\n\n{body}\n";

    [Fact]
    public void Issue_16_nested_sections_are_built_under_their_group_and_links_between_them_resolve()
    {
        // Given the real site with two groups; When it is built
        using var site = NestedSite();
        var result = site.Build();

        // Then it builds without a word, each nested page under its group's slug, links written as .md paths resolved
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        foreach (var path in new[] { "back-pain/", "back-pain/sciatica/", "back-pain/disc/", "back-pain/posture/", "knees/kneecap/", "knees/ligaments/" })
        {
            Assert.NotNull(result.Text(path + "index.html"));
        }

        Assert.Null(result.Text("knees/index.html"));
        Assert.Contains(Links(Page(result, "stretching/index.html"), "main"), l => l == "/back-pain/sciatica/");
        Assert.Contains("/stretching/#before-you-start", Links(Page(result, "back-pain/sciatica/index.html"), "main"));
        Assert.Contains("/back-pain/", Links(Page(result, "back-pain/posture/index.html"), "main p"));
        Assert.Equal(["/back-pain/sciatica/", "/back-pain/disc/", "/back-pain/posture/"], Links(Page(result, "back-pain/index.html"), "main .guide-list"));
    }

    [Fact]
    public void Issue_16_the_menu_shows_the_top_level_and_only_the_current_groups_pages()
    {
        using var site = NestedSite();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        string[] top = ["/hamstrings/", "/back-alignment/", "/recognising-the-pain/", "/stretching/", "/strengthening/", "/back-pain/", "/knees/kneecap/"];

        // A flat section's menu: the top level only; a group without a page of its own leads to its first page
        Assert.Equal(top, Links(Page(result, "stretching/index.html"), ".section-nav > ol"));
        Assert.Equal("Knees", Page(result, "stretching/index.html").QuerySelectorAll(".section-nav li a").Last().TextContent);

        // A nested page's menu: the top level, and its own group's pages under the group, itself marked current
        var disc = Page(result, "back-pain/disc/index.html");
        Assert.Equal([.. top[..6], "/back-pain/sciatica/", "/back-pain/disc/", "/back-pain/posture/", top[6]], Links(disc, ".section-nav > ol"));
        Assert.Equal(["/back-pain/disc/"], disc.QuerySelectorAll(".section-nav [aria-current=page]").Select(a => a.GetAttribute("href")));
        Assert.Equal([.. top, "/knees/kneecap/", "/knees/ligaments/"], Links(Page(result, "knees/kneecap/index.html"), ".section-nav > ol"));

        // The group's own page is marked current at the top level and lists its pages in the menu
        var group = Page(result, "back-pain/index.html");
        Assert.Equal(["/back-pain/"], group.QuerySelectorAll(".section-nav [aria-current=page]").Select(a => a.GetAttribute("href")));
        Assert.Equal(10, Links(group, ".section-nav > ol").Count);
    }

    [Fact]
    public void Issue_16_nested_pages_have_breadcrumbs_and_previous_and_next_within_their_group()
    {
        using var site = NestedSite();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // Breadcrumbs: home, the group, the page; none on top-level pages
        var disc = Page(result, "back-pain/disc/index.html");
        Assert.Equal(["/", "/back-pain/"], Links(disc, ".breadcrumbs"));
        Assert.Equal("Home › Back pain › Disc trouble", disc.QuerySelector(".breadcrumbs")!.TextContent.Trim());
        Assert.Equal(["/", "/knees/kneecap/"], Links(Page(result, "knees/ligaments/index.html"), ".breadcrumbs"));
        Assert.Equal("Home › Knees › Ligaments", Page(result, "knees/ligaments/index.html").QuerySelector(".breadcrumbs")!.TextContent.Trim());
        Assert.Null(Page(result, "stretching/index.html").QuerySelector(".breadcrumbs"));
        Assert.Null(Page(result, "back-pain/index.html").QuerySelector(".breadcrumbs"));

        // Previous and next: within the group for nested pages, along the top level for top-level pages
        Assert.Equal(["/back-pain/sciatica/", "/back-pain/posture/"], Links(disc, ".prev-next"));
        Assert.Equal(["/back-pain/disc/"], Links(Page(result, "back-pain/sciatica/index.html"), ".prev-next"));
        Assert.Equal(["/back-pain/disc/"], Links(Page(result, "back-pain/posture/index.html"), ".prev-next"));
        Assert.Equal(["/knees/ligaments/"], Links(Page(result, "knees/kneecap/index.html"), ".prev-next"));
        Assert.Equal(["/strengthening/", "/knees/kneecap/"], Links(Page(result, "back-pain/index.html"), ".prev-next"));
        Assert.Equal(["/stretching/", "/back-pain/"], Links(Page(result, "strengthening/index.html"), ".prev-next"));
    }

    [Fact]
    public void Issue_16_nested_pages_give_search_engines_their_breadcrumbs_as_a_schema_org_list()
    {
        using var site = NestedSite();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // A nested page's JSON-LD: the trail shown on the page, with full addresses, the page itself last
        static List<(int, string?, string?)> Trail(IHtmlDocument page)
        {
            using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
            return json.RootElement.TryGetProperty("breadcrumb", out var list)
                ? list.GetProperty("itemListElement").EnumerateArray()
                    .Select(item => (item.GetProperty("position").GetInt32(), item.GetProperty("name").GetString(), item.GetProperty("item").GetString()))
                    .ToList()
                : [];
        }

        const string Site = "https://hamstringback.netlify.app/";
        var title = Page(result, "index.html").QuerySelector("meta[property='og:site_name']")!.GetAttribute("content");
        Assert.Equal([(1, title, Site), (2, "Back pain", Site + "back-pain/"), (3, "Disc trouble", Site + "back-pain/disc/")],
            Trail(Page(result, "back-pain/disc/index.html")));
        Assert.Equal([(1, title, Site), (2, "Knees", Site + "knees/kneecap/"), (3, "Ligaments", Site + "knees/ligaments/")],
            Trail(Page(result, "knees/ligaments/index.html")));

        // Top-level pages and group pages have no trail to give
        Assert.Empty(Trail(Page(result, "stretching/index.html")));
        Assert.Empty(Trail(Page(result, "back-pain/index.html")));
    }

    [Fact]
    public void Issue_16_the_sitemap_and_the_search_index_cover_every_nested_page()
    {
        using var site = NestedSite();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var sitemap = result.Text("sitemap.xml")!;
        foreach (var path in new[] { "back-pain/", "back-pain/sciatica/", "back-pain/disc/", "back-pain/posture/", "knees/kneecap/", "knees/ligaments/" })
        {
            Assert.Contains($"<loc>https://hamstringback.netlify.app/{path}</loc>", sitemap, StringComparison.Ordinal);
            Assert.NotNull(Page(result, path + "index.html").QuerySelector("main[data-pagefind-body]"));
        }
    }

    [Fact]
    public void Issue_16_serial_and_parallel_builds_make_the_same_files()
    {
        using var site = NestedSite();
        BuildResult Build(int parallelism) => new SiteBuilder().Build(
            new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = "theme", MaxParallelism = parallelism });

        var serial = Build(1);
        var parallel = Build(-1);

        Assert.True(serial.Succeeded, string.Join("\n", serial.Diagnostics));
        Assert.Contains(serial.Files, f => f.Path == "back-pain/disc/index.html");
        Assert.Equal(serial.Files.Select(f => f.Path), parallel.Files.Select(f => f.Path));
        Assert.All(serial.Files.Zip(parallel.Files), p => Assert.True(p.First.Content.AsSpan().SequenceEqual(p.Second.Content), p.First.Path));
        Assert.Equal(serial.Diagnostics, parallel.Diagnostics);
    }

    [Theory]
    [InlineData("input/sections/06-back-pain/01-deeper/01-x.md", "input/sections/06-back-pain/01-deeper/", "HB1104")]
    [InlineData("input/sections/drafts/01-x.md", "input/sections/drafts/", "HB1103")]
    [InlineData("input/sections/6-x/01-x.md", "input/sections/6-x/", "HB1103")]
    public void Issue_16_a_folder_too_deep_or_badly_named_in_sections_is_a_located_error(string file, string at, string code)
    {
        // Given a Markdown file in a folder the build cannot read as a group (before issue 16: skipped without a word)
        using var site = NestedSite();
        site.Write(file, Section("Lost", 1, "Text."));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((at, code), (error.File, error.Code));
    }

    [Theory]
    [InlineData("input/sections/08-more/01-stretching.md", "input/sections/08-more/01-stretching.md", "HB0306")]
    [InlineData("input/sections/08-stretching/01-other.md", "input/sections/08-stretching/", "HB0306")]
    [InlineData("input/sections/08-exercises/01-other.md", "input/sections/08-exercises/", "HB0308")]
    [InlineData("input/sections/06-back-pain/04-more.md", "input/sections/06-back-pain/04-more.md", "HB0306")]
    public void Issue_16_nested_slugs_are_unique_across_the_site_not_reserved_and_orders_unique_in_their_group(string file, string at, string code)
    {
        // Given a nested section whose name clashes with a section, the site's own pages, or whose order clashes in its group
        using var site = NestedSite();
        site.Write(file, Section("Clash", file.Contains("04-more", StringComparison.Ordinal) ? 2 : 1, "Text."));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == code && (d.File == at || d.Message.Contains(at, StringComparison.Ordinal)));
    }

    [Fact]
    public void Issue_16_a_broken_link_in_a_nested_section_is_located_in_its_file()
    {
        using var site = NestedSite();
        site.Write("input/sections/06-back-pain/02-disc.md", Section("Disc trouble", 2, "See [nothing](04-missing.md)."));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("input/sections/06-back-pain/02-disc.md", 9), (error.File, error.Line));
    }

    private static IHtmlDocument Page(BuildResult result, string path) =>
        Parser.ParseDocument(result.Text(path) ?? throw new InvalidOperationException($"No page {path}"));

    private static List<string?> Links(IHtmlDocument page, string selector) =>
        page.QuerySelectorAll(selector).SelectMany(e => e.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")).ToList();
}
