using System.Diagnostics;
using HamstringBack.Cli.Preview;
using HamstringBack.Cli.Serve;
using HamstringBack.Core.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HamstringBack.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait(BrowserCollection.Run, BrowserCollection.Alone)]
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class PreviewTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly string NetlifyToml = Path.Combine(RepoPaths.Root, "netlify.toml");

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Preview_reloads_an_edited_page_by_itself_and_shows_then_clears_a_build_problem()
    {
        using var site = new TempSite();
        var text = new StringWriter();
        var log = TextWriter.Synchronized(text);
        await using var preview = await PreviewServer.StartAsync(new PreviewOptions(site.Input, site.Theme, 0, NetlifyToml), log, log);
        var (page, errors) = await fixture.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);
        var url = new Uri(preview.Address, "stretching/").ToString();

        // Given the page is open and listening for changes
        var listening = page.WaitForResponseAsync(r => r.Url.Contains("/__preview/events", StringComparison.Ordinal));
        await page.GotoAsync(url);
        await listening;
        Assert.Equal("Stretching", await page.Locator("h1").InnerTextAsync());
        await page.EvaluateAsync("window.notReloaded = true");

        // When the section's title is edited, the page reloads by itself within 2 s
        listening = page.WaitForResponseAsync(r => r.Url.Contains("/__preview/events", StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();
        site.Edit("input/sections/04-stretching.md", "title: Stretching", "title: Stretching today");
        await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === 'Stretching today'", null, new() { Timeout = 2000 });
        var reloadTime = clock.Elapsed;
        await listening;
        Assert.True(await page.EvaluateAsync<bool>("window.notReloaded === undefined"), "the page should have reloaded, not been patched");
        output.WriteLine($"Edit to reloaded page: {reloadTime.TotalMilliseconds:0} ms; rebuild of the real site: {preview.LastBuild.TotalMilliseconds:0} ms.");
        Assert.True(reloadTime < TimeSpan.FromSeconds(2));
        Assert.True(preview.LastBuild < TimeSpan.FromSeconds(1), $"rebuild took {preview.LastBuild.TotalMilliseconds:0} ms");

        // When the file is broken, an overlay lists the problem over the last good page
        site.Edit("input/sections/04-stretching.md", "title: Stretching today", "title: [Stretching today");
        var overlay = page.Locator(".hb-preview-overlay");
        await overlay.WaitForAsync(new() { Timeout = 2000 });
        var shown = await overlay.InnerTextAsync();
        Assert.Contains("The site did not build", shown);
        Assert.Contains("/input/sections/04-stretching.md(2,1): error HB0101: This is not valid YAML: the YAML reader could not make sense of it.", shown);
        Assert.Equal("Stretching today", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("solid", await overlay.EvaluateAsync<string>("e => getComputedStyle(e).borderTopStyle"));
        Assert.Contains("error HB0101", text.ToString());

        // When it is fixed, the overlay goes away by itself
        site.Edit("input/sections/04-stretching.md", "title: [Stretching today", "title: Stretching today");
        await overlay.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 2000 });
        Assert.Equal("Stretching today", await page.Locator("h1").InnerTextAsync());

        Assert.Empty(errors);
        Assert.Empty(problems.Messages);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Preview_serves_the_headers_of_netlify_toml_and_leaves_the_site_untouched_on_disk()
    {
        using var site = new TempSite();
        var log = TextWriter.Synchronized(new StringWriter());
        await using var preview = await PreviewServer.StartAsync(new PreviewOptions(site.Input, site.Theme, 0, NetlifyToml), log, log);
        var netlify = NetlifyConfig.Load(NetlifyToml);
        using var http = new HttpClient();

        foreach (var path in new[] { "/", "/stretching/", "/exercises/bird-dog/", "/favicon.svg", "/no-such-page/" })
        {
            using var response = await http.GetAsync(new Uri(preview.Address, path));
            var expected = netlify.HeadersFor(path);
            Assert.NotEmpty(expected);
            foreach (var (name, value) in expected)
            {
                Assert.True(response.Headers.NonValidated.TryGetValues(name, out var sent), $"{path} lacks {name}");
                Assert.Equal(value, sent.ToString());
            }
        }

        var css = (await http.GetStringAsync(preview.Address)).Split('"').First(s => s.StartsWith("/assets/site.", StringComparison.Ordinal));
        using var asset = await http.GetAsync(new Uri(preview.Address, css));
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Equal(["input", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order().ToArray());
    }
}
