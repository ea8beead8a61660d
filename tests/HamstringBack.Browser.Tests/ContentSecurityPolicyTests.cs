using HamstringBack.Cli.Serve;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HamstringBack.Browser.Tests;

/// <summary>Issue 6: served with the site's Content-Security-Policy, no page, script or worker is refused anything.</summary>
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact(Timeout = TestTimeout.Browser)]
    public async Task No_page_breaks_the_policy_while_scripts_search_tick_and_cache_the_site()
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.SiteFolder, headersFor: SitePages.Headers);
        var (page, errors) = await fixture.NewPageAsync(BrowserFixture.WithServiceWorker(ChecklistPage.Options()));
        var refused = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(m.Text);
            }
        };
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error(`Content Security Policy: ${e.violatedDirective} refused ${e.blockedURI}`))");
        var url = (string path) => new Uri(server.Address, path).ToString();

        await SitePages.OpenAsync(page, url(""));
        await page.EvaluateAsync("navigator.serviceWorker.ready");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller");
        // Issue 13 (CI time): every page, loaded under the policy, is the desk sweep's (each page's violations and
        // console errors); here each page is fetched through the worker, as its page would be, and keeps the policy.
        var paths = SitePages.Paths(fixture.SiteFolder);
        var policies = await page.EvaluateAsync<string[]>("paths => Promise.all(paths.map(p => fetch('/' + p).then(r => r.headers.get('content-security-policy'))))", paths);
        Assert.Equal(paths.Select(p => $"/{p}: {SitePages.ContentSecurityPolicy}"), paths.Zip(policies, (p, policy) => $"/{p}: {policy}"));
        var sweep = await SiteSweep.DeskAsync(fixture);
        Assert.True(sweep.SitePages.Count() == paths.Count, $"the sweep saw {sweep.SitePages.Count()} pages, the site has {paths.Count}");
        Assert.Empty(sweep.SitePages.SelectMany(p => p.Problems.Select(m => $"/{p.Path}: {m}")));

        await SitePages.OpenAsync(page, url("checklist/"));
        await ChecklistPage.Box(page, "glute-bridge:1:B:s1").CheckAsync();
        await SitePages.OpenAsync(page, url("search/?q=hamstring"));
        await Expect(page.Locator(".search-results a").First).ToBeVisibleAsync();
        // Issue 20: the programme page draws its QR code and printout, and the checklist takes its link.
        await SitePages.OpenAsync(page, url("programme/"));
        await page.Locator("#reps-glute-bridge").FillAsync("12");
        await Expect(page.Locator(".programme-qr svg")).ToBeVisibleAsync();
        await SitePages.OpenAsync(page, await page.Locator("#programme-link").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, use this programme" }).ClickAsync();
        await page.Locator(".programme-banner").WaitForAsync();
        await SitePages.OpenAsync(page, url("cards/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Print" }).ClickAsync();
        await page.WaitForURLAsync("**/cards/a4-1up/?print=1");

        Assert.Empty(refused);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
