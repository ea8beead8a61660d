using HamstringBack.Core.Cards;
using HamstringBack.Core.Model;
using HamstringBack.Core.Tests.Support;
using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 3: the stretch cards print right on the first sheet. Each page is printed to PDF by Chromium with the
/// CSS page size, then read back with poppler and zbar: paper size, page count, which card is on which page,
/// and the QR codes. Issue 13 (CI time): each layout of the real site is printed once and laid out once for the
/// class (<see cref="CardPrints"/>), and each test reads what it checks from those.
/// </summary>
[LongRunning(1.0)]
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class CardPrintTests(BrowserFixture fixture, CardPrints prints) : IClassFixture<BrowserFixture>, IClassFixture<CardPrints>, IDisposable
{
    private const double PointsTolerance = 1;
    private readonly string _folder = Directory.CreateTempSubdirectory("hb-cards-").FullName;

    public static TheoryData<string> Layouts => new(CardLayout.All.Select(l => l.Id));

    [Theory(Timeout = TestTimeout.Browser)]
    [MemberData(nameof(Layouts))]
    public async Task Each_layout_prints_every_card_once_on_its_own_paper_with_no_card_split(string id)
    {
        var layout = CardLayout.All.Single(l => l.Id == id);

        var pdf = await prints.PdfAsync(id, () => PrintAsync(fixture.Url($"cards/{id}/"), id));

        AssertLayoutPdf(pdf, layout, ExpectedCards.Load());
    }

    [Theory(Timeout = TestTimeout.Browser)]
    [MemberData(nameof(Layouts))]
    public async Task No_card_overflows_its_space_on_the_sheet(string id)
    {
        var layout = CardLayout.All.Single(l => l.Id == id);

        var (overflowing, _) = await prints.LayoutAsync(id, () => MeasurePrintLayoutAsync(fixture.Url($"cards/{id}/"), layout));

        Assert.Empty(overflowing);
    }

    [Theory(Timeout = TestTimeout.Browser)]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task A_single_card_prints_on_exactly_one_page_of_either_paper(string paper)
    {
        foreach (var exercise in ExpectedCards.Load().Exercises)
        {
            var pdf = await PrintAsync(fixture.Url(SiteUrls.Card(exercise.Id)), $"{exercise.Id}-{paper}", paper);

            Assert.Single(PdfTools.PageSizes(pdf));
            var text = PdfTools.PageText(pdf, 1);
            Assert.Contains(PdfTools.Normalise(exercise.Name), text);
            Assert.Contains(PdfTools.Normalise(exercise.Steps[^1]), text);
            Assert.Contains("Last reviewed", text);
            Assert.Contains("Call 999 for numbness around your genitals or bottom", text); // issue 17
        }
    }

    [Theory(Timeout = TestTimeout.Browser)]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task The_weekly_log_prints_on_one_page_with_every_routine_exercise(string paper)
    {
        var pdf = await PrintAsync(fixture.Url(SiteUrls.CardLog), "log-" + paper, paper);

        Assert.Single(PdfTools.PageSizes(pdf));
        var text = PdfTools.PageText(pdf, 1);
        Assert.All(ExpectedCards.Load().RoutineNames, name => Assert.Contains(PdfTools.Normalise(name), text));
        Assert.Contains("Mon Tue Wed Thu Fri Sat Sun", text);

        // Issue 17: the tiered warning signs print with the log (the site's footer does not).
        Assert.Contains("Call 999 or go to A&E if you have back pain and", text);
        Assert.Contains("Ask for an urgent GP appointment or call 111", text);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_QR_codes_decode_to_the_exercise_pages_on_the_live_site()
    {
        var expected = ExpectedCards.Load();
        var layout = CardLayout.All.Single(l => l.Id == "a4-4up");

        var pdf = await prints.PdfAsync(layout.Id, () => PrintAsync(fixture.Url($"cards/{layout.Id}/"), layout.Id));
        var decoded = Enumerable.Range(1, PdfTools.PageSizes(pdf).Count)
            .SelectMany(page => PdfTools.DecodeQrCodes(PdfTools.RenderPng(pdf, page, 200)))
            .Order(StringComparer.Ordinal);

        // The site under test is built for http://127.0.0.1/; printed codes must still open the live site.
        Assert.Equal(expected.Exercises.Select(expected.PrintUrl).Order(StringComparer.Ordinal), decoded);
        Assert.All(decoded, url => Assert.StartsWith("https://hamstringback.netlify.app/exercises/", url));
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_fifth_exercise_gets_a_card_in_every_layout_without_a_template_change()
    {
        var input = FixtureInput.WithFifthExercise(_folder);
        var expected = ExpectedCards.Load(input);
        Assert.Equal(5, expected.Exercises.Count);
        var site = BuiltSite.Build(input, "http://127.0.0.1/", search: false);
        await using var server = await Cli.Serve.StaticSiteServer.StartAsync(site);
        try
        {
            foreach (var layout in CardLayout.All)
            {
                var url = new Uri(server.Address, $"cards/{layout.Id}/").ToString();
                var pdf = await PrintAsync(url, "fifth-" + layout.Id);

                AssertLayoutPdf(pdf, layout, expected);
                Assert.Empty((await MeasurePrintLayoutAsync(url, layout)).Overflowing);
            }

            var log = await PrintAsync(new Uri(server.Address, SiteUrls.CardLog).ToString(), "fifth-log", "A4");
            Assert.Single(PdfTools.PageSizes(log));
            Assert.Contains("Knee to chest stretch", PdfTools.PageText(log, 1));
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_chooser_prints_only_the_chosen_cards_regrouped_on_the_chosen_layout()
    {
        var (page, errors) = await fixture.NewPageAsync();
        await page.AddInitScriptAsync("window.printed = 0; window.print = () => { window.printed++; };");
        await page.GotoAsync(fixture.Url(SiteUrls.Cards));

        await page.GetByLabel("A4, 4 cards a sheet").CheckAsync();
        await page.GetByLabel("Glute bridge").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Print" }).ClickAsync();
        await page.WaitForURLAsync("**/cards/a4-4up/?cards=*");
        await page.WaitForFunctionAsync("window.printed === 1");

        var shown = await page.Locator(".sheet .card h2").AllInnerTextsAsync();
        Assert.Equal(["Bird-dog", "Lying towel hamstring stretch", "Standing hamstring sweep"], shown);
        Assert.Equal(1, await page.Locator(".sheet").CountAsync());
        var pdf = Path.Combine(_folder, "chosen.pdf");
        await File.WriteAllBytesAsync(pdf, await page.PdfAsync(new() { PreferCSSPageSize = true }));
        Assert.Single(PdfTools.PageSizes(pdf));
        Assert.DoesNotContain("Glute bridge", PdfTools.PageText(pdf, 1));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Without_a_chosen_card_the_chooser_says_so_and_does_not_leave_the_page()
    {
        var (page, errors) = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Url(SiteUrls.Cards));

        foreach (var box in await page.Locator("input[name=card]").AllAsync())
        {
            await box.UncheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Print" }).ClickAsync();

        Assert.True(await page.GetByRole(AriaRole.Alert).IsVisibleAsync());
        Assert.EndsWith("/cards/", page.Url);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Ordinary_pages_print_without_navigation_and_show_where_links_go()
    {
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Url("stretching/"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var hidden in new[] { ".site-header", ".site-footer", ".skip-link" })
        {
            Assert.Equal("none", await page.EvaluateAsync<string>($"getComputedStyle(document.querySelector('{hidden}')).display"));
        }

        var link = await page.EvaluateAsync<string[]>(
            "(() => { const a = document.querySelector('main a[href^=\"https:\"]'); return [getComputedStyle(a, '::after').content, a.getAttribute('href')]; })()");
        Assert.Contains(link[1], link[0]);
        await page.Context.CloseAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void AssertLayoutPdf(string pdf, CardLayout layout, ExpectedCards expected)
    {
        var sizes = PdfTools.PageSizes(pdf);
        Assert.Equal(layout.SheetsFor(expected.Exercises.Count), sizes.Count);
        Assert.All(sizes, size =>
        {
            Assert.InRange(size.Width, layout.WidthPoints - PointsTolerance, layout.WidthPoints + PointsTolerance);
            Assert.InRange(size.Height, layout.HeightPoints - PointsTolerance, layout.HeightPoints + PointsTolerance);
        });

        var pages = Enumerable.Range(1, sizes.Count).Select(p => PdfTools.PageText(pdf, p)).ToList();
        foreach (var exercise in expected.Exercises)
        {
            var name = PdfTools.Normalise(exercise.Name);
            var onPages = pages.Where(text => text.Contains(name)).ToList();
            Assert.True(onPages.Count == 1, $"{layout.Id}: '{name}' is on {onPages.Count} pages, not 1");
            Assert.Contains(PdfTools.Normalise(exercise.Steps[^1]), onPages[0]);
            Assert.Contains(PdfTools.Normalise(exercise.StopIf[^1]), onPages[0]);
        }

        Assert.All(pages, text => Assert.InRange(CountOf(text, "Last reviewed") + CountOf(text, "Reviewed "), 1, layout.PerSheet));

        // Issue 17: print hides the site's footer, so each card carries its own 999 line.
        // (One review date per card: "Last reviewed" at the foot, or "Reviewed" in the heading of a 2-up or 4-up card.)
        Assert.All(pages, text => Assert.Equal(CountOf(text, "Last reviewed") + CountOf(text, "Reviewed "), CountOf(text, "Call 999 for numbness")));
    }

    /// <summary>
    /// Prints a page to PDF in the class's one printing page (issue 13: CI time; these prints only load and print, so
    /// they share a page instead of a fresh context, a new renderer process, for each of the 16).
    /// </summary>
    private async Task<string> PrintAsync(string url, string name, string? paper = null)
    {
        var (page, errors) = await fixture.ReusedPageAsync("print", () => new());
        await page.GotoAsync(url);
        var pdf = Path.Combine(prints.Folder, name + ".pdf");
        await File.WriteAllBytesAsync(pdf, await page.PdfAsync(new() { PreferCSSPageSize = true, Format = paper }));
        Assert.Empty(errors);
        return pdf;
    }

    /// <summary>
    /// Issue 19: cards are picture-first. In the printed layout, the frames take at least a third of every card (half
    /// on a card of its own), and no text is under 10 pt (12 pt on 1-up and 2-up).
    /// </summary>
    [Theory(Timeout = TestTimeout.Browser)]
    [MemberData(nameof(Layouts))]
    public async Task Frames_fill_their_share_of_every_card_and_no_text_is_too_small(string id)
    {
        var layout = CardLayout.All.Single(l => l.Id == id);
        var (share, smallest) = layout.PerSheet switch { 1 => (0.5, 12.0), 2 => (1 / 3.0, 12.0), _ => (1 / 3.0, 10.0) };

        var (_, cards) = await prints.LayoutAsync(id, () => MeasurePrintLayoutAsync(fixture.Url($"cards/{id}/"), layout));

        Assert.Equal(ExpectedCards.Load().Exercises.Count, cards.Count);
        Assert.All(cards, card =>
        {
            Assert.True(card.FrameShare >= share, $"{id} {card.Id}: frames take {card.FrameShare:P0} of the card, less than {share:P0}");
            Assert.True(card.SmallestPoints >= smallest - 0.01, $"{id} {card.Id}: text at {card.SmallestPoints:0.#} pt, under {smallest} pt");
        });
    }

    /// <summary>
    /// One load of a layout's page laid out as print does (issue 13: CI time), measured twice: the cards whose content
    /// does not fit their space (on paper it would be cut off), and each card's frame share and smallest text.
    /// </summary>
    private async Task<CardMeasures> MeasurePrintLayoutAsync(string url, CardLayout layout)
    {
        var page = await OpenPrintLayoutAsync(url, layout);
        var overflowing = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.card')].filter(c => c.scrollHeight > c.clientHeight + 1 || c.scrollWidth > c.clientWidth + 1).map(c => `${c.dataset.card} by ${c.scrollHeight - c.clientHeight} px`)");
        var rows = await page.EvaluateAsync<string[]>(
            """
            [...document.querySelectorAll('.card')].map(card => {
              const box = card.getBoundingClientRect();
              const frames = card.querySelector('.card-frames');
              const f = frames ? frames.getBoundingClientRect() : { width: 0, height: 0 };
              let smallest = 1000;
              const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const el = walker.currentNode.parentElement;
                if (!walker.currentNode.textContent.trim() || el.closest('svg') || el.getClientRects().length === 0) continue;
                smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
              }
              return `${card.dataset.card}|${f.width * f.height / (box.width * box.height)}|${smallest * 72 / 96}`;
            })
            """);
        await page.Context.CloseAsync();
        var cards = rows.Select(r => r.Split('|'))
            .Select(p => (p[0], double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), double.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new CardMeasures(overflowing, cards);
    }

    /// <summary>
    /// Lays the page out as print does: print media, and a viewport as wide as the paper inside its 5 mm margins.
    /// </summary>
    private async Task<IPage> OpenPrintLayoutAsync(string url, CardLayout layout)
    {
        const double PixelsPerPoint = 96.0 / 72;
        const double MarginsPx = 2 * 5 * 96 / 25.4;
        var width = (int)Math.Floor(layout.WidthPoints * PixelsPerPoint - MarginsPx);
        var (page, _) = await fixture.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 1000 } });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.GotoAsync(url);
        return page;
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
