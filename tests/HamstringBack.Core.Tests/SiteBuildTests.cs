using System.Text;
using AngleSharp.Html.Parser;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>Whole-site builds of changed copies of the real input.</summary>
public sealed class SiteBuildTests
{
    private const string NewExercise = """
        name: Cat stretch
        kind: stretch
        summary: A gentle stretch for the whole back, on hands and knees.
        steps:
          - Kneel on all fours with your hands under your shoulders.
          - Round your back up slowly, like a cat.
          - Let your back sink gently, then repeat.
        stop_if:
          - you feel pain in your back
        hold_seconds: 5
        reps: 5
        sides: both
        section: stretching
        """;

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = new TempSite();
        var first = site.Build();
        var second = site.Build();

        Assert.True(first.Succeeded);
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void A_build_whose_input_has_an_error_reports_it_without_loading_the_theme_issue_13()
    {
        // Given an exercise with a mistake and a template with one
        using var site = new TempSite();
        site.Edit("input/exercises/glute-bridge.yml", "kind: strength", "kind: flying")
            .Edit("theme/templates/page.sbn", "<h1>{{ page.title }}</h1>", "<h1>{{ if page.title }}</h1>");

        // When the editor builds, then the exercise's error alone is reported, and the theme was not loaded past its strings
        var first = site.Build();
        Assert.Equal(["input/exercises/glute-bridge.yml"], first.Diagnostics.Where(d => d.IsError).Select(d => d.File));
        Assert.Equal(["read", "strings", "parse", "assemble"], first.Timings.Select(t => t.Stage));

        // When the exercise is fixed, then the template's error is reported
        site.Edit("input/exercises/glute-bridge.yml", "kind: flying", "kind: strength");
        var second = site.Build();
        Assert.Equal(["theme/templates/page.sbn"], second.Diagnostics.Where(d => d.IsError).Select(d => d.File));
        Assert.Equal(["read", "strings", "parse", "assemble", "links", "theme"], second.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void A_section_file_may_have_more_than_two_digits_and_a_large_order_for_big_sites()
    {
        using var site = new TempSite();
        site.Write("input/sections/12345-many-pages.md", """
            ---
            title: Many pages
            order: 12345
            summary: The last of many sections.
            last_reviewed: 2026-01-01
            next_review: 2027-01-01
            ---

            Text.
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<h1>Many pages</h1>", result.Text("many-pages/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Building_one_file_at_a_time_gives_the_same_bytes_as_building_in_parallel()
    {
        // Given the real site with enough extra sections (linking to each other) to be split across threads (issue 7)
        using var site = new TempSite();
        for (var i = 10; i < 70; i++)
        {
            site.Write($"input/sections/{i}-extra-{i}.md", $"""
                ---
                title: Extra {i}
                order: {i}
                summary: Extra section {i}.
                last_reviewed: 2026-01-01
                next_review: 2027-01-01
                ---

                ## Part {i}

                Some *text* and a [link](../sections/{(i == 69 ? 10 : i + 1)}-extra-{(i == 69 ? 10 : i + 1)}.md#part-{(i == 69 ? 10 : i + 1)}).
                """);
        }

        // When it is built in parallel and then strictly one file at a time
        var options = new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = "theme" };
        var parallel = new SiteBuilder().Build(options);
        var serial = new SiteBuilder().Build(options with { MaxParallelism = 1 });

        // Then both give the same files with the same bytes
        Assert.True(parallel.Succeeded, string.Join("\n", parallel.Diagnostics));
        Assert.True(parallel.Files.Count > 80);
        Assert.Equal(parallel.Files.Select(f => f.Path), serial.Files.Select(f => f.Path));
        Assert.All(parallel.Files.Zip(serial.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void A_base_url_with_a_sub_path_prefixes_every_internal_link()
    {
        using var site = new TempSite();
        var result = site.Build("https://example.org/hamstrings/");

        Assert.True(result.Succeeded);
        var parser = new HtmlParser();
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = parser.ParseDocument(Encoding.UTF8.GetString(file.Content));
            foreach (var element in page.QuerySelectorAll("a[href], link[href], img[src], script[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith('/'))
                {
                    Assert.StartsWith("/hamstrings/", url, StringComparison.Ordinal);
                }
            }

            if (!file.Path.StartsWith("admin/", StringComparison.Ordinal))
            {
                // Every page for readers; the browser editor's (issue 18) is noindex and names no canonical address.
                Assert.StartsWith("https://example.org/hamstrings/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
            }
        }

        Assert.Contains("<loc>https://example.org/hamstrings/stretching/</loc>", result.Text("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_base_url_option_overrides_site_yml()
    {
        using var site = new TempSite();
        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--base-url", "https://deploy-preview-7--hb.netlify.app");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("href=\"https://deploy-preview-7--hb.netlify.app/stretching/\"", File.ReadAllText(Path.Combine(site.Output, "stretching", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_an_exercise_file_adds_its_page_index_entry_and_sitemap_entry()
    {
        using var site = new TempSite();
        site.Write("input/exercises/cat-stretch.yml", NewExercise);
        site.Write("input/routine.yml", site.Read("input/routine.yml") + "  - cat-stretch\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<h1>Cat stretch</h1>", result.Text("exercises/cat-stretch/index.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"/exercises/cat-stretch/\"", result.Text("exercises/index.html"), StringComparison.Ordinal);
        Assert.Contains("<loc>https://hamstringback.netlify.app/exercises/cat-stretch/</loc>", result.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("Cat stretch", result.Text("checklist/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_section_file_adds_its_page_navigation_entry_and_sitemap_entry()
    {
        using var site = new TempSite();
        site.Write("input/sections/06-sleeping-positions.md", """
            ---
            title: Sleeping positions
            order: 6
            summary: How to lie in bed when your back hurts.
            last_reviewed: 2026-11-20
            next_review: 2027-11-20
            ---

            ## On your side

            Put a pillow between your knees. See [stretching](04-stretching.md#the-towel-stretch).
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("href=\"/stretching/#the-towel-stretch\"", result.Text("sleeping-positions/index.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"/sleeping-positions/\"", result.Text("hamstrings/index.html"), StringComparison.Ordinal);
        Assert.Contains("<loc>https://hamstringback.netlify.app/sleeping-positions/</loc>", result.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("href=\"/sleeping-positions/\"", new HtmlParser().ParseDocument(result.Text("strengthening/index.html")!).QuerySelector(".prev-next .next")?.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_written_in_yaml_is_html_escaped_wherever_it_appears()
    {
        using var site = new TempSite();
        var hostile = NewExercise
            .Replace("name: Cat stretch", "name: \"<script>alert(1)</script> Cat\"", StringComparison.Ordinal)
            .Replace("  - you feel pain in your back", "  - \"<img src=x onerror=alert(2)>\"", StringComparison.Ordinal);
        site.Write("input/exercises/cat-stretch.yml", hostile);
        site.Write("input/site.yml", site.Read("input/site.yml").Replace("title: HamstringBack", "title: \"Hamstring\\\"><script>alert(3)</script>\"", StringComparison.Ordinal));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(file.Content);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            var page = new HtmlParser().ParseDocument(html);
            Assert.All(page.All.SelectMany(e => e.Attributes), a => Assert.False(a.Name.StartsWith("on", StringComparison.Ordinal), $"{file.Path}: {a.Name}"));
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Cat", result.Text("exercises/cat-stretch/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void All_problems_are_reported_in_one_run()
    {
        using var site = new TempSite();
        site.Write("input/exercises/glute-bridge.yml", site.Read("input/exercises/glute-bridge.yml").Replace("reps: 10", "reps: ten", StringComparison.Ordinal));
        site.Write("input/exercises/bird-dog.yml", site.Read("input/exercises/bird-dog.yml").Replace("sides: alternating", "sides: left", StringComparison.Ordinal));
        site.Write("input/sections/04-stretching.md", site.Read("input/sections/04-stretching.md") + "\nSee [nothing](99-nothing.md).\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "HB0102" && d.File == "input/exercises/glute-bridge.yml");
        Assert.Contains(result.Diagnostics, d => d.Code == "HB0106" && d.File == "input/exercises/bird-dog.yml");
        Assert.Empty(result.Files);
    }
}
