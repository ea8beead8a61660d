namespace HamstringBack.Browser.Tests;

[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class SmokeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Home_page_loads_with_its_stylesheet_and_no_page_errors()
    {
        var (page, errors) = await fixture.NewPageAsync();
        var response = await page.GotoAsync(fixture.Url(""));

        Assert.Equal(200, response!.Status);
        Assert.Equal("Can tight hamstrings cause lower back pain?", await page.Locator("h1").InnerTextAsync());
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle");
        Assert.Equal("solid", background);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
