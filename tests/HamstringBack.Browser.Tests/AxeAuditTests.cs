using Xunit.Abstractions;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 6: every built page passes axe-core's WCAG 2.2 A and AA rules, in the light colour scheme and the dark
/// one. Issue 13 (CI time): the desk sweep (<see cref="SiteSweep.DeskAsync"/>, shared with the other whole-site checks)
/// loads each page once and audits it in both schemes; each case checks its scheme's violations.
/// </summary>
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class AxeAuditTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    public static readonly TheoryData<string> Schemes = new() { "light", "dark" };

    [Theory(Timeout = TestTimeout.Browser)]
    [MemberData(nameof(Schemes))]
    public async Task Every_page_has_no_axe_violations(string scheme)
    {
        var sweep = await SiteSweep.DeskAsync(fixture);
        var violations = sweep.Pages.SelectMany(p => (scheme == "dark" ? p.Dark : p.Light).Select(v => $"/{p.Path} {v}")).ToList();
        output.WriteLine($"{sweep.Pages.Count} pages in {scheme} scheme, {violations.Count} axe violations");
        Assert.True(sweep.Pages.Count > 25, $"only {sweep.Pages.Count} pages found");
        var unchanged = sweep.Pages.Where(p => p.SameBackgroundInDark is not null).Select(p => $"/{p.Path}: the page kept its background {p.SameBackgroundInDark} in the dark scheme");
        Assert.True(!unchanged.Any(), string.Join("\n", unchanged));
        Assert.Empty(violations);
        Assert.Empty(sweep.Pages.SelectMany(p => p.Errors.Select(e => $"/{p.Path}: {e}")));
    }
}
