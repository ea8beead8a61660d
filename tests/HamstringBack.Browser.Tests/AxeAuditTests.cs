using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using HamstringBack.Core.Tests.Support;
using Xunit.Abstractions;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 6: every built page passes axe-core's WCAG 2.2 A and AA rules, in the light colour scheme
/// (<see cref="AxeAuditLightTests"/>) and the dark one (<see cref="AxeAuditDarkTests"/>). One class per scheme, so
/// the two sweeps, the longest browser tests, run side by side (issue 13: CI time).
/// </summary>
public abstract class AxeAuditTests(BrowserFixture fixture, ITestOutputHelper output, string scheme)
{
    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Every_page_has_no_axe_violations()
    {
        var (page, errors) = await fixture.NewPageAsync(AccessibilityAuditTests.Options(scheme));
        var violations = new List<string>();
        var paths = SitePages.Paths(fixture.SiteFolder).Append("search/?q=stretch").ToList();
        foreach (var path in paths)
        {
            await SitePages.OpenAsync(page, fixture.Url(path));
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = AuditTags.Wcag22 } });
            violations.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n => $"/{path} {v.Id}: {n.Html} ({string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})")));
        }

        output.WriteLine($"{paths.Count} pages in {scheme} scheme, {violations.Count} axe violations");
        Assert.True(paths.Count > 25, $"only {paths.Count} pages found");
        Assert.Empty(violations);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}

/// <summary>The axe sweep in the light colour scheme.</summary>
[LongRunning(2.1)]
public sealed class AxeAuditLightTests(BrowserFixture fixture, ITestOutputHelper output)
    : AxeAuditTests(fixture, output, "light"), IClassFixture<BrowserFixture>;

/// <summary>The axe sweep in the dark colour scheme.</summary>
[LongRunning(2.0)]
public sealed class AxeAuditDarkTests(BrowserFixture fixture, ITestOutputHelper output)
    : AxeAuditTests(fixture, output, "dark"), IClassFixture<BrowserFixture>;
