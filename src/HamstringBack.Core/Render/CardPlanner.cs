using HamstringBack.Core.Model;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Render;

/// <summary>
/// Plans the print pages under /cards/: the chooser, one page per <see cref="CardLayout"/> with every card,
/// one page per card, and the weekly log sheet. Cards come from the same exercise views as the web pages.
/// </summary>
/// <param name="qrCodes">Makes a QR code (<see cref="QrCodeMaker.Svg"/> when null).</param>
public sealed class CardPlanner(SiteModel model, SiteUrls urls, Func<string, RawHtml>? qrCodes = null)
{
    /// <summary>The paths of the pages <see cref="Plan"/> makes for exercises <paramref name="ids"/>, in the same order.</summary>
    public static IEnumerable<string> Paths(IEnumerable<string> ids) =>
        new[] { SiteUrls.Cards }
            .Concat(CardLayout.All.Select(l => SiteUrls.CardLayout(l.Id)))
            .Concat(ids.Select(SiteUrls.Card))
            .Append(SiteUrls.CardLog)
            .Append(SiteUrls.Programme);

    /// <summary>The card pages for <paramref name="exercises"/>, in the order the exercises index lists them.</summary>
    public IEnumerable<PagePlan> Plan(IReadOnlyList<ExerciseView> exercises)
    {
        var cards = exercises.Select(Card).ToList();
        var layouts = CardLayout.All.Select(l => new NavLink(l.Title, urls.Link(SiteUrls.CardLayout(l.Id)), false, l.Id)).ToList();
        yield return Page(SiteUrls.Cards, "cards", "Print stretch cards",
            "Print a card for each exercise to keep by your mat: choose the paper, how many cards a sheet, and which cards.",
            new CardsIndexView(layouts, cards, urls.Link(SiteUrls.CardLog)));

        foreach (var layout in CardLayout.All)
        {
            var sheets = cards.Chunk(layout.PerSheet).Select(IReadOnlyList<CardView> (s) => s).ToList();
            yield return Page(SiteUrls.CardLayout(layout.Id), "card-sheet", $"Stretch cards: {layout.Title}",
                $"All {cards.Count} stretch cards, {layout.PerSheet} on each sheet of {layout.PaperName} paper, with lines to cut along.",
                new CardSheetsView(layout, sheets));
        }

        foreach (var card in cards)
        {
            yield return Page(SiteUrls.Card(card.Exercise.Id), "card-sheet", $"{card.Exercise.Name}: printable card",
                $"The {card.Exercise.Name} on one printable card: the steps, how much, how often and when to stop, with a QR code to its page.", new CardSheetsView(null, [[card]]));
        }

        yield return Page(SiteUrls.CardLog, "card-log", $"Weekly log: {model.Routine.Title}",
            "A sheet to tick by hand each time you do the routine's exercises, day by day for a week.",
            new CardLogView(ShortUrl(urls.Production(SiteUrls.ExercisesIndex))));

        // The programme page prints the same cards, filled in for one patient by its script (issue 20).
        yield return Page(SiteUrls.Programme, "programme", "Make a programme for a patient",
            "For physiotherapists: choose exercises, set each dose within safe limits, print personal cards and hand over a link or QR code. Nothing is sent anywhere.",
            new ProgrammeView(cards, CardLayout.All, urls.Link(SiteUrls.Checklist), ShortUrl(urls.Production(SiteUrls.ExercisesIndex))), kind: "programme");
    }

    private CardView Card(ExerciseView exercise)
    {
        var printUrl = urls.Production(SiteUrls.Exercise(exercise.Id));
        return new CardView(exercise, printUrl, ShortUrl(printUrl), (qrCodes ?? QrCodeMaker.Svg)(printUrl), StopSentence(exercise.StopIf));
    }

    private static string ShortUrl(string url) => url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/');

    private static string StopSentence(IReadOnlyList<string> conditions) => conditions.Count switch
    {
        0 => "it hurts",
        1 => conditions[0],
        _ => string.Join("; ", conditions.Take(conditions.Count - 1)) + "; or " + conditions[^1],
    };

    private PagePlan Page(string path, string template, string title, string description, object? data, string kind = "cards")
    {
        var view = new PageView(path, kind, title, description, urls.Link(path), urls.Absolute(path), null, [],
            new RawHtml(string.Empty), [], null, null, null, new RawHtml(string.Empty)) { Data = data };
        return new PagePlan(path + "index.html", template, view, true, null);
    }
}
