using HamstringBack.Cli.Serve;
using HamstringBack.Core.Tests.Support;
using Xunit.Abstractions;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// netlify.toml's build command and headers. It starts first (LongRunning): its first test runs the build command and
/// the desk sweep of the deploy preview, which the other whole-site checks read (issue 13).
/// </summary>
[LongRunning(2.1)]
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class NetlifyBuildTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// Issue 13 (CI time): the build command runs once for the run (<see cref="NetlifyPreview"/>), and the desk sweep
    /// (<see cref="SiteSweep.DeskAsync"/>) walks every page of its output under netlify.toml's headers for all the
    /// whole-site checks; this test reads the sweep's policy headers and problems, and itself opens, with the service
    /// worker allowed, the home page (whose worker then fetches and caches the site) and the pages the sweep leaves out.
    /// </summary>
    [Fact(Timeout = TestTimeout.Browser)]
    [Trait("Category", "Slow")] // compiles the CLI in Release (reused when `.ci/run` built the tests in Release)
    public async Task The_netlify_build_command_builds_a_deploy_preview_whose_pages_raise_no_CSP_violation()
    {
        // Given Netlify's environment for a deploy preview, when its build command runs
        var netlify = NetlifyPreview.Config;
        var preview = await NetlifyPreview.BuildAsync();
        Assert.True(preview.Code == 0, preview.Log);
        Assert.Equal("output", netlify.Publish);

        // Then the site is built for the deploy preview's address
        var home = await File.ReadAllTextAsync(Path.Combine(preview.Folder, "index.html"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{NetlifyPreview.Url}/\">", home);
        Assert.Contains($"<loc>{NetlifyPreview.Url}/stretching/</loc>", await File.ReadAllTextAsync(Path.Combine(preview.Folder, "sitemap.xml")));

        // And served with netlify.toml's headers, no page breaks the Content-Security-Policy
        var sweep = await SiteSweep.DeskAsync(fixture);
        var policies = sweep.SitePages.Where(p => p.Policy != netlify.HeadersFor("/" + p.Path)["Content-Security-Policy"]).Select(p => $"/{p.Path}: policy {p.Policy}");
        Assert.Empty(policies);
        Assert.Empty(sweep.SitePages.SelectMany(p => p.Problems.Concat(p.Errors).Select(m => $"/{p.Path}: {m}")));
        var (visited, problems, errors) = await VisitWithWorkerAsync(preview.Folder, sweep);

        var pages = sweep.SitePages.Select(p => p.Path).Union(visited).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"Visited {pages.Count} pages: {string.Join(", ", pages.Select(p => "/" + p))}");
        Assert.True(pages.Count >= 10);
        Assert.Empty(problems);
        Assert.Empty(errors);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_page_with_inline_script_and_style_raises_CSP_violations_under_these_headers()
    {
        var netlify = NetlifyPreview.Config;
        var site = Directory.CreateTempSubdirectory("hb-csp-").FullName;
        await File.WriteAllTextAsync(Path.Combine(site, "index.html"),
            "<!doctype html><title>t</title><p style=\"color: red\">x</p><script>document.title = 'ran'</script>");
        await using var server = await StaticSiteServer.StartAsync(site, headersFor: netlify.HeadersFor);
        var (page, _) = await fixture.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);

        await page.GotoAsync(server.Address.ToString());
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.Equal("t", await page.TitleAsync());
        Assert.Contains(problems.Messages, m => m.Contains("CSP violation: script-src-elem", StringComparison.Ordinal));
        Assert.Contains(problems.Messages, m => m.Contains("CSP violation: style-src-attr", StringComparison.Ordinal));
        await page.Context.CloseAsync();
        Directory.Delete(site, recursive: true);
    }

    /// <summary>
    /// Opens, under netlify.toml's headers with the service worker allowed, the home page (the worker installs: it fetches
    /// and caches every file of the site under the policy) and each page of <paramref name="site"/> that the sweep leaves
    /// out (a renamed exercise's old address, which sends the browser on), checking each one's policy header. The browser
    /// editor (admin/) looks for decap-server on this computer and fails to connect without it; AdminEditorTests opens
    /// it with decap-server running, under the same headers.
    /// </summary>
    private async Task<(List<string> Visited, IReadOnlyList<string> Problems, List<string> Errors)> VisitWithWorkerAsync(string site, DeskSweep sweep)
    {
        var netlify = NetlifyPreview.Config;
        await using var server = await StaticSiteServer.StartAsync(site, headersFor: netlify.HeadersFor);
        var (page, errors) = await fixture.NewPageAsync(BrowserFixture.WithServiceWorker(new()));
        var problems = await PageProblems.WatchAsync(page);
        var pages = SitePages.PathsWithRedirects(site).Where(p => p.Length == 0 || sweep.SitePages.All(swept => swept.Path != p)).ToList();
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(new Uri(server.Address, path).ToString());
            Assert.Equal(netlify.HeadersFor("/" + path)["Content-Security-Policy"], await response!.HeaderValueAsync("content-security-policy"));
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            await page.EvaluateAsync("navigator.serviceWorker.ready");
        }

        await page.Context.CloseAsync();
        return (pages, problems.Messages, errors);
    }
}
