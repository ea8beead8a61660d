using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// The touch-target sweep of every page (and the search page with results) at each of
/// <see cref="AccessibilityAuditTests.Widths"/>, made once for the class (issue 13: CI time): each page is loaded once
/// at the first width and measured, then the viewport is resized to each other width and the page measured again.
/// The site's layout is CSS media queries (no script reads the window's size), so a resized page lays out as one
/// loaded at that width. The first case starts it; each case checks its width's small targets.
/// </summary>
public sealed class TouchTargetSweep
{
    private readonly Lock _gate = new();

    private Task<IReadOnlyDictionary<int, List<string>>>? _result;

    /// <summary>For each width, the targets smaller than 44 × 44 pixels, as "/PATH: W×H HTML".</summary>
    public Task<IReadOnlyDictionary<int, List<string>>> RunAsync(BrowserFixture fixture)
    {
        lock (_gate)
        {
            return _result ??= SweepAsync(fixture);
        }
    }

    private static async Task<IReadOnlyDictionary<int, List<string>>> SweepAsync(BrowserFixture fixture)
    {
        var widths = AccessibilityAuditTests.Widths;
        var options = AccessibilityAuditTests.Options("light");
        options.ViewportSize = new ViewportSize { Width = widths[0], Height = 800 };
        var (page, _) = await fixture.NewPageAsync(options);
        var small = widths.ToDictionary(w => w, _ => new List<string>());
        foreach (var path in SitePages.Paths(fixture.SiteFolder).Append("search/?q=stretch"))
        {
            await page.SetViewportSizeAsync(widths[0], 800);
            await SitePages.OpenAsync(page, fixture.Url(path));
            foreach (var width in widths)
            {
                await page.SetViewportSizeAsync(width, 800);
                Assert.Equal(width, await page.EvaluateAsync<int>("() => innerWidth"));
                small[width].AddRange((await page.EvaluateAsync<string[]>(AccessibilityAuditTests.SmallTargetsScript)).Select(t => $"/{path}: {t}"));
            }
        }

        await page.Context.CloseAsync();
        return small;
    }
}
