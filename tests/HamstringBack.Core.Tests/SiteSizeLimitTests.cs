using System.Text;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// A site whose pages would add up to more than the limit stops early with HB0044 (issue 12: with the real theme
/// every page lists every section, and 10,000 sections took 9.7 GB and had not finished after 21 minutes).
/// </summary>
[LongRunning(0.45)]
public sealed class SiteSizeLimitTests
{
    private const string SectionHead = "---\ntitle: Topic {0}\norder: {0}\nsummary: Topic {0}.\nlast_reviewed: 2026-11-20\nnext_review: 2027-11-20\n---\n\n";

    [Fact]
    [Trait("Category", "Slow")] // plans 10,000 sections with the published program (issue 13: not in the fast lane)
    public void Issue_12_a_flat_site_of_10000_sections_fails_early_with_HB0044_and_keeps_the_previous_output()
    {
        // Given an output folder from an earlier build, then 10,000 small sections added to the real site
        using var site = new TempSite().NamePeople();
        Assert.Equal(0, CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--no-search", "--quiet").ExitCode);
        for (var i = 10; i < 10_010; i++)
        {
            site.Write($"input/sections/{i:00000}-topic-{i}.md", string.Format(SectionHead, i) + $"Text of topic {i}.\n");
        }

        var before = FolderSnapshot.Take(site.Root);

        // When the published program builds it with a 1 GiB heap, killed after 120 s (before the limit it took 21
        // minutes and 9.7 GB; alone it takes a few seconds, but a loaded CI machine can make it several times slower).
        // The limit is written in hex without "0x": the native program reads GC settings that way only (with "0x" it
        // ran without a limit), the JIT-compiled runtime reads both
        var heapLimit = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "40000000" };
        var run = CliRun.InChildProcess(PublishedCli.Shared.Program, Environment.CurrentDirectory, TimeSpan.FromSeconds(120), heapLimit, "build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--no-search");

        // Then it fails with one error located at the sections folder, and no file anywhere in the project changed
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}\n{run.Stderr}");
        var error = Assert.Single(run.Stderr.Split('\n'), line => line.Contains(": error ", StringComparison.Ordinal));
        Assert.StartsWith($"{site.Input}/sections(1,1): error HB0044: The site would be at least ", error, StringComparison.Ordinal);
        // 10,005 sections (10,000 and the 5 real ones) and the site's other pages, however many the theme makes
        Assert.Matches(@"\(10,0\d\d pages, 10,005 of them made from here\), more than the 1,024 MB a build may make\.", error);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Root));
    }

    [Fact]
    public void A_site_whose_pages_add_up_to_exactly_the_limit_builds_and_one_byte_less_fails()
    {
        // Given the real site and the bytes its rendered pages add up to
        using var site = new TempSite().NamePeople();
        var full = site.Build();
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        // (the browser editor's page, admin/index.html, is a theme file, not a rendered page: issue 18)
        var pageBytes = full.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal))
            .Sum(f => (long)f.Content.Length);

        // When it is built with that as the limit, and with one byte less
        var atLimit = Build(site, pageBytes);
        var overLimit = Build(site, pageBytes - 1);

        // Then the first is the same site, and the second fails with HB0044 and makes no files
        Assert.True(atLimit.Succeeded, string.Join("\n", atLimit.Diagnostics));
        Assert.Equal(full.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))), atLimit.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))));
        var error = Assert.Single(overLimit.Diagnostics);
        Assert.Equal("HB0044", error.Code);
        Assert.Empty(overLimit.Files);
    }

    [Fact]
    public void Pages_larger_than_the_probes_foretell_are_stopped_by_the_running_total()
    {
        // Given 12 sections of about 400 KB after the real site's small ones, so the projection (which counts each
        // page not rendered yet as the smallest of its template's first pages) is below the pages' real total
        using var site = new TempSite().NamePeople();
        var body = new StringBuilder();
        while (body.Length < 400_000)
        {
            body.Append("A paragraph of a long section, repeated to make the page large.\n\n");
        }

        for (var i = 10; i < 22; i++)
        {
            site.Write($"input/sections/{i}-long-{i}.md", string.Format(SectionHead, i) + body);
        }

        var full = site.Build();
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        var pageBytes = full.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Sum(f => (long)f.Content.Length);

        // When the limit is 1 MB below that total
        var result = Build(site, pageBytes - 1_000_000);

        // Then rendering stops with HB0044 saying how far it got, at the folder most of the bytes came from
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("HB0044", error.Code);
        Assert.Equal("input/sections", error.File);
        Assert.StartsWith("The site's pages came to ", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    private static BuildResult Build(TempSite site, long maxSiteBytes) =>
        new SiteBuilder().Build(new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = "theme", MaxSiteBytes = maxSiteBytes });
}
