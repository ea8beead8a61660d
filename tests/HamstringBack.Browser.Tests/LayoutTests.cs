using HamstringBack.Core.Tests.Support;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HamstringBack.Browser.Tests;

/// <summary>Issue 15: the site on a phone and on a desk — a compact header, no sideways scroll, a readable measure, a social picture.</summary>
[LongRunning(0.75)]
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class LayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>The longest run of characters on one rendered line of a paragraph, list item or definition in main.</summary>
    private const string LongestLineScript =
        """
        () => {
          let longest = { length: 0, text: '' };
          const range = document.createRange();
          for (const el of document.querySelectorAll('main p, main li, main dd')) {
            if (el.querySelector('p, li, ul, ol, dl')) continue;
            // A picture's caption (a frame beside its step, issue 19) is not a line of the text it floats beside.
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT,
              n => n.parentElement.closest('figure') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT);
            let top = null, line = '';
            for (let node; (node = walker.nextNode());) {
              for (let i = 0; i < node.length; i++) {
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const box = range.getClientRects()[0];
                if (!box || box.width === 0) continue;
                if (top === null || box.top > top + box.height / 2) { top = box.top; line = ''; }
                line += node.data[i];
                if (line.length > longest.length) longest = { length: line.length, text: line };
              }
            }
          }
          return longest.length + ' ' + longest.text;
        }
        """;

    [Theory(Timeout = TestTimeout.Browser)]
    [InlineData("")]
    [InlineData("exercises/glute-bridge/")]
    [InlineData("stretching/")]
    [InlineData("cards/")]
    public async Task The_phone_header_is_one_line_and_its_menu_and_search_open_from_buttons(string path)
    {
        var (page, errors) = await fixture.ReusedPageAsync("phone", () => new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync(fixture.Url(path));

        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 0.15 * 844, $"the header is {header.Height} px high on a 844 px screen");
        var main = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Exercises" })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search this site" })).ToBeHiddenAsync();

        await page.Locator(".header-menu summary").ClickAsync();
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Exercises" })).ToBeVisibleAsync();
        await page.Locator(".header-search summary").ClickAsync();
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search this site" });
        await Expect(box).ToBeVisibleAsync();
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Exercises" })).ToBeHiddenAsync();
        await box.FillAsync("bridge");
        await box.PressAsync("Enter");
        await Expect(page.Locator(".search-results a").First).ToHaveAttributeAsync("href", "/exercises/glute-bridge/");
        Assert.Empty(errors);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task On_a_desk_the_menu_and_the_search_field_show_in_the_header_without_a_click()
    {
        var (page, _) = await fixture.ReusedPageAsync("desk", () => new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await page.GotoAsync(fixture.Url("about/"));

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Print cards" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search this site" })).ToBeVisibleAsync();
        await Expect(page.Locator(".header-menu summary")).ToBeHiddenAsync();
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 80, $"the desk header is {header.Height} px high");
    }

    /// <summary>Issue 13 (CI time): read from the sweep of every page on a phone (<see cref="SiteSweep.PhoneAsync"/>).</summary>
    [Fact(Timeout = TestTimeout.Browser)]
    public async Task No_page_scrolls_sideways_on_a_320_pixel_screen()
    {
        var sweep = await SiteSweep.PhoneAsync(fixture);
        var wide = sweep.Pages.Where(p => p.ScrollWidthAt320 > 320).Select(p => $"/{p.Path}: {p.ScrollWidthAt320} px").ToList();

        Assert.True(sweep.Pages.Count > 25, $"only {sweep.Pages.Count} pages found");
        Assert.Empty(wide);
    }

    [Theory(Timeout = TestTimeout.Browser)]
    [InlineData("")]
    [InlineData("recognising-the-pain/")]
    [InlineData("about/")]
    [InlineData("exercises/")]
    [InlineData("exercises/bird-dog/")]
    [InlineData("checklist/")]
    [InlineData("cards/")]
    [InlineData("search/?q=stretch")]
    public async Task Body_text_lines_are_at_most_80_characters_on_a_1280_pixel_screen(string path)
    {
        var (page, _) = await fixture.ReusedPageAsync("desk", () => new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await SitePages.OpenAsync(page, fixture.Url(path));

        var longest = await page.EvaluateAsync<string>(LongestLineScript);

        Assert.True(int.Parse(longest.Split(' ')[0]) <= 80, $"/{path}: a line of {longest}");
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task On_a_desk_an_exercise_shows_its_pictures_beside_the_dose_above_the_fold()
    {
        var (page, _) = await fixture.ReusedPageAsync("desk", () => new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await page.GotoAsync(fixture.Url("exercises/glute-bridge/"));

        var figure = await page.Locator(".exercise-figure").BoundingBoxAsync();
        var dose = await page.Locator(".facts").First.BoundingBoxAsync();
        Assert.True(figure!.X > dose!.X + dose.Width, "the pictures are not beside the dose");
        Assert.True(dose.Y + dose.Height < 800 && figure.Y < 800, "the dose or the pictures are below the fold");
    }

    [Fact]
    public void Every_page_has_an_og_image_that_is_a_file_of_the_site()
    {
        var parser = new HtmlParser();
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(fixture.SiteFolder, "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(fixture.SiteFolder, file);
            if (page.StartsWith("admin", StringComparison.Ordinal))
            {
                continue; // the browser editor (issue 18): not a page to share, and noindex
            }

            var image = parser.ParseDocument(File.ReadAllText(file)).QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            var local = image is not null && image.StartsWith("http://127.0.0.1/", StringComparison.Ordinal)
                ? Path.Combine(fixture.SiteFolder, image["http://127.0.0.1/".Length..])
                : null;
            if (local is null || !File.Exists(local) || new FileInfo(local).Length == 0)
            {
                missing.Add($"{page}: {image ?? "no og:image"}");
            }
        }

        Assert.Empty(missing);
    }
}
