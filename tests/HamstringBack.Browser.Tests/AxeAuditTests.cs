using Deque.AxeCore.Commons;
using HamstringBack.Core.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 6: every built page passes axe-core's WCAG 2.2 A and AA rules, in the light colour scheme and the dark
/// one. Issue 13 (CI time): one sweep (<see cref="AxeSweep"/>), which the first case starts, loads each page once and
/// audits it in both schemes; each case checks its scheme's violations.
/// </summary>
[LongRunning(2.1)]
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class AxeAuditTests(BrowserFixture fixture, AxeSweep sweep, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<AxeSweep>
{
    public static readonly TheoryData<string> Schemes = new() { "light", "dark" };

    [Theory(Timeout = TestTimeout.Browser)]
    [MemberData(nameof(Schemes))]
    public async Task Every_page_has_no_axe_violations(string scheme)
    {
        var result = await sweep.RunAsync(fixture);
        var violations = result.Violations[scheme];
        output.WriteLine($"{result.Paths.Count} pages in {scheme} scheme, {violations.Count} axe violations");
        Assert.True(result.Paths.Count > 25, $"only {result.Paths.Count} pages found");
        Assert.Empty(violations);
        Assert.Empty(result.Errors);
    }
}

/// <summary>
/// The axe sweep of every page (and the search page with results) in both colour schemes, made once for the class:
/// each page is loaded once in the light scheme and audited, then switched to the dark one (the site's dark scheme
/// is a prefers-color-scheme media query, so the page restyles in place; the sweep checks it did) and audited again.
/// Axe runs in the page itself, injected once per load (Deque's RunAxe injected it twice a run, and opened a blank
/// page to merge each result), and reports in full only its violations (issue 13: CI time; the two schemes took
/// 140 s and 133 s as two sweeps).
/// </summary>
public sealed class AxeSweep
{
    /// <summary>The axe-core script that Deque.AxeCore.Playwright injects.</summary>
    private static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();

    /// <summary>
    /// Each violation node as "RULE: HTML (MESSAGES)": axe.run on the whole document with the WCAG 2.2 A and AA tags,
    /// reporting only violations in full (axe's resultTypes; the violations found are the same).
    /// </summary>
    private const string RunAxe = """
        async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
          .violations.flatMap(v => v.nodes.map(n => `${v.id}: ${n.html} (${[...n.any, ...n.all, ...n.none].map(c => c.message).join('; ')})`))
        """;

    private readonly Lock _gate = new();

    private Task<AxeSweepResult>? _result;

    public Task<AxeSweepResult> RunAsync(BrowserFixture fixture)
    {
        lock (_gate)
        {
            return _result ??= SweepAsync(fixture);
        }
    }

    private static async Task<AxeSweepResult> SweepAsync(BrowserFixture fixture)
    {
        var (page, errors) = await fixture.NewPageAsync(AccessibilityAuditTests.Options("light"));
        var violations = new Dictionary<string, List<string>> { ["light"] = [], ["dark"] = [] };
        var paths = SitePages.Paths(fixture.SiteFolder).Append("search/?q=stretch").ToList();
        foreach (var path in paths)
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
            await SitePages.OpenAsync(page, fixture.Url(path));
            var light = await BackgroundAsync(page);
            violations["light"].AddRange(await AuditAsync(page, path));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            var dark = await BackgroundAsync(page);
            Assert.True(light != dark, $"/{path}: the page kept its background {light} in the dark scheme");
            violations["dark"].AddRange(await AuditAsync(page, path));
        }

        await page.Context.CloseAsync();
        return new AxeSweepResult(paths, violations, errors);
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => matchMedia('(prefers-color-scheme: dark)').matches + ' ' + getComputedStyle(document.body).backgroundColor");

    private static async Task<IEnumerable<string>> AuditAsync(IPage page, string path)
    {
        if (!await page.EvaluateAsync<bool>("() => 'axe' in window"))
        {
            await page.EvaluateAsync(AxeScript);
        }

        return (await page.EvaluateAsync<string[]>(RunAxe, AuditTags.Wcag22)).Select(v => $"/{path} {v}");
    }
}

/// <summary>The pages swept, each scheme's violations, and the uncaught page errors of the sweep.</summary>
public sealed record AxeSweepResult(List<string> Paths, Dictionary<string, List<string>> Violations, List<string> Errors);
