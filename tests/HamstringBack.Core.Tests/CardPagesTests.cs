using AngleSharp.Html.Parser;
using HamstringBack.Core.Cards;
using HamstringBack.Core;
using HamstringBack.Core.Model;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>Issue 3: the card pages as built, in memory (their printing is tested in HamstringBack.Browser.Tests).</summary>
public sealed class CardPagesTests
{
    private static readonly string[] ExerciseIds = ["bird-dog", "glute-bridge", "lying-towel-hamstring-stretch", "standing-hamstring-sweep"];

    [Fact]
    public void Build_makes_the_chooser_every_layout_every_card_and_the_log_sheet()
    {
        var result = Build();

        var expected = new[] { "cards/", "cards/log/" }
            .Concat(CardLayout.All.Select(l => SiteUrls.CardLayout(l.Id)))
            .Concat(ExerciseIds.Select(SiteUrls.Card));
        Assert.All(expected, path => Assert.NotNull(result.Text(path + "index.html")));
    }

    [Fact]
    public void Each_layout_page_has_every_card_once_grouped_in_sheets_of_its_size()
    {
        var result = Build();

        foreach (var layout in CardLayout.All)
        {
            var document = Parse(result, SiteUrls.CardLayout(layout.Id));
            var sheets = document.QuerySelectorAll(".sheet");
            Assert.Equal(layout.SheetsFor(ExerciseIds.Length), sheets.Length);
            Assert.All(sheets, sheet => Assert.InRange(sheet.QuerySelectorAll(".card").Length, 1, layout.PerSheet));
            Assert.Equal(ExerciseIds, document.QuerySelectorAll(".card").Select(c => c.GetAttribute("data-card")).Order(StringComparer.Ordinal));
            Assert.Contains($"paper-{layout.Paper}", document.QuerySelector("main")!.ClassList);
        }
    }

    [Fact]
    public void Card_pages_have_no_style_attributes_inline_scripts_or_event_handlers()
    {
        var result = Build();

        foreach (var file in result.Files.Where(f => f.Path.StartsWith("cards/", StringComparison.Ordinal)))
        {
            var document = Parse(result, file.Path[..^"index.html".Length]);
            Assert.Empty(document.QuerySelectorAll("[style], style"));
            Assert.All(document.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"), s => Assert.Fail(file.Path + ": inline script"));
            Assert.All(document.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void QR_codes_and_short_urls_point_at_the_live_site_even_in_a_preview_build()
    {
        var result = Build("https://deploy-preview-7--hamstringback.netlify.app/");

        var card = Parse(result, SiteUrls.Card("bird-dog")).QuerySelector(".card")!;
        Assert.Equal("QR code that opens https://hamstringback.netlify.app/exercises/bird-dog/", card.QuerySelector(".qr")!.GetAttribute("aria-label"));
        Assert.NotNull(card.QuerySelector(".qr svg path"));
        Assert.Equal("hamstringback.netlify.app/exercises/bird-dog", card.QuerySelector(".card-url")!.TextContent);
    }

    [Fact]
    public void Two_builds_of_the_same_input_give_byte_identical_card_pages()
    {
        var first = Build();
        var second = Build();

        foreach (var file in first.Files.Where(f => f.Path.StartsWith("cards/", StringComparison.Ordinal)))
        {
            Assert.Equal(file.Content, second.Files.Single(f => f.Path == file.Path).Content);
        }
    }

    [Fact]
    public void Exercise_pages_link_to_their_card()
    {
        var document = Parse(Build(), SiteUrls.Exercise("glute-bridge"));

        Assert.NotNull(document.QuerySelector("a[href='/cards/glute-bridge/']"));
    }

    private static BuildResult Build(string? baseUrl = null)
    {
        var result = new SiteBuilder().Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, baseUrl));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(BuildResult result, string path) =>
        new HtmlParser().ParseDocument(result.Text(path + "index.html") ?? throw new InvalidOperationException("no page " + path));
}
