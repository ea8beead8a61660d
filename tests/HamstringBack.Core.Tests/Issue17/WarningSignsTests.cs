using AngleSharp.Html.Parser;
using HamstringBack.Core.Model;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Issue17;

/// <summary>
/// Issue 17: the warning signs are written once in input/partials/ and shown where people exercise: every exercise
/// page and the weekly log get the tiered box, every printed card a one-line 999 warning inside the card itself
/// (print hides the site's footer).
/// </summary>
public sealed class WarningSignsTests(RealSite site) : IClassFixture<RealSite>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_exercise_page_and_the_log_show_the_tiered_warning_box()
    {
        var paths = site.Result.Model!.Exercises.Select(e => SiteUrls.Exercise(e.Id) + "index.html").Append(SiteUrls.CardLog + "index.html").ToList();
        Assert.Equal(5, paths.Count);
        foreach (var path in paths)
        {
            var box = Parser.ParseDocument(site.Result.Text(path)!).QuerySelector("main .warning-signs");
            Assert.True(box is not null, path);
            Assert.Contains("Call 999 or go to A&E", box.QuerySelector(".urgent")?.TextContent, StringComparison.Ordinal);
            Assert.Contains("call 111", box.QuerySelector(".see-gp")?.TextContent, StringComparison.Ordinal);
            Assert.Contains("See a GP or physiotherapist", box.QuerySelector(".see-gp")?.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_card_on_every_card_page_carries_the_999_line_inside_the_card()
    {
        var cardPages = site.HtmlPaths.Where(p => p.StartsWith("cards/", StringComparison.Ordinal) && p != "cards/log/index.html").ToList();
        var cards = 0;
        foreach (var path in cardPages)
        {
            foreach (var card in Parser.ParseDocument(site.Result.Text(path)!).QuerySelectorAll("article.card"))
            {
                cards++;
                Assert.Contains("Call 999", card.QuerySelector(".card-body .card-warning")?.TextContent, StringComparison.Ordinal);
            }
        }

        // 6 layouts × 4 cards, 4 single cards, and the chooser's previews
        Assert.True(cards >= 28, $"only {cards} cards");
    }

    [Fact]
    public void The_warning_is_written_once_so_one_edit_changes_every_page_and_card()
    {
        using var temp = new TempSite();
        temp.Edit("input/partials/warning-line.md", "**Call 999**", "**Call 999 now**")
            .Edit("input/partials/warning-signs.md", "- chest pain\n", "- chest pain or trouble breathing\n");

        var result = temp.Build();

        Assert.True(result.Succeeded);
        Assert.All(result.Files.Where(f => f.Path.StartsWith("cards/a4-4up/", StringComparison.Ordinal)), f =>
            Assert.Equal(4, Parser.ParseDocument(result.Text(f.Path)!).QuerySelectorAll(".card-warning").Count(w => w.TextContent.Contains("Call 999 now", StringComparison.Ordinal))));
        Assert.Contains("chest pain or trouble breathing", result.Text("exercises/bird-dog/index.html"), StringComparison.Ordinal);
        Assert.Contains("chest pain or trouble breathing", result.Text("cards/log/index.html"), StringComparison.Ordinal);
    }
}
