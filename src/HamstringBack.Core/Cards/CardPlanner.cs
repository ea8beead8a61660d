using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Cards;

/// <summary>
/// Plans the print pages under /cards/: the chooser, one page per <see cref="CardLayout"/> with every card,
/// one page per card, and the weekly log sheet. Cards come from the same exercise views as the web pages.
/// </summary>
/// <param name="strings">The words of the pages the generator makes (theme/strings.yml).</param>
/// <param name="qrCodes">Makes a QR code (<see cref="QrCodeMaker.Svg"/> when null).</param>
public sealed class CardPlanner(SiteModel model, SiteUrls urls, ThemeStrings strings, Func<string, RawHtml>? qrCodes = null)
{
    /// <summary>The paths of the pages <see cref="Plan"/> makes for exercises <paramref name="ids"/>, in the same order.</summary>
    public static IEnumerable<string> Paths(IEnumerable<string> ids) =>
        new[] { SiteUrls.Cards }
            .Concat(CardLayout.All.Select(l => SiteUrls.CardLayout(l.Id)))
            .Concat(ids.Select(SiteUrls.Card))
            .Append(SiteUrls.CardLog)
            .Append(SiteUrls.Programme);

    /// <summary>Every layout, with its paper's name for people from theme/strings.yml.</summary>
    private List<CardLayout> Layouts() => [.. CardLayout.All.Select(l => l with { PaperName = strings["card_paper_" + l.Paper] })];

    /// <summary>A layout's name for people, e.g. "A4, 4 cards a sheet".</summary>
    private string Title(CardLayout layout) =>
        strings[layout.PerSheet == 1 ? "card_layout_single" : "card_layout", ("paper", layout.PaperName), ("per_sheet", layout.PerSheet)];

    /// <summary>The card pages for <paramref name="exercises"/>, in the order the exercises index lists them.</summary>
    /// <param name="exercises">The exercises' views, in the model's order.</param>
    /// <param name="parallel">How many cards to make at once; every core when null.</param>
    public IEnumerable<PagePlan> Plan(IReadOnlyList<ExerciseView> exercises, ParallelOptions? parallel = null)
    {
        var cards = Cards(exercises, parallel ?? new ParallelOptions());
        var named = Layouts();
        var layouts = named.Select(l => new NavLink(Title(l), urls.Link(SiteUrls.CardLayout(l.Id)), false, l.Id)).ToList();
        yield return Page(SiteUrls.Cards, "cards", strings["cards_title"], strings["cards_description"],
            new CardsIndexView(layouts, cards, urls.Link(SiteUrls.CardLog)));

        foreach (var layout in named)
        {
            var sheets = cards.Chunk(layout.PerSheet).Select(IReadOnlyList<CardView> (s) => s).ToList();
            yield return Page(SiteUrls.CardLayout(layout.Id), "card-sheet", strings["card_sheet_title", ("layout", Title(layout))],
                strings["card_sheet_description", ("count", cards.Count), ("per_sheet", layout.PerSheet), ("paper", layout.PaperName)],
                new CardSheetsView(layout, sheets));
        }

        foreach (var card in cards)
        {
            yield return Page(SiteUrls.Card(card.Exercise.Id), "card-sheet", strings["card_title", ("name", card.Exercise.Name)],
                strings["card_description", ("name", card.Exercise.Name)], new CardSheetsView(null, [[card]]));
        }

        yield return Page(SiteUrls.CardLog, "card-log", strings["card_log_title", ("routine", model.Routine.Title)],
            strings["card_log_description"],
            new CardLogView(ShortUrl(urls.Production(SiteUrls.ExercisesIndex))));

        // The programme page prints the same cards, filled in for one patient by its script (issue 20).
        yield return Page(SiteUrls.Programme, "programme", strings["programme_title"], strings["programme_description"],
            new ProgrammeView(cards, [.. named.Select(l => new CardLayoutChoice(l.Paper, l.PerSheet, Title(l)))], urls.Link(SiteUrls.Checklist), ShortUrl(urls.Production(SiteUrls.ExercisesIndex))), kind: "programme");
    }

    /// <summary>The exercises' cards, in their order, made in parallel (issue 16: a QR code each, 1,000 of them at 10,000 pages).</summary>
    private List<CardView> Cards(IReadOnlyList<ExerciseView> exercises, ParallelOptions parallel)
    {
        var cards = new CardView[exercises.Count];
        Parallel.For(0, exercises.Count, parallel, i => cards[i] = Card(exercises[i]));
        return [.. cards];
    }

    private CardView Card(ExerciseView exercise)
    {
        var printUrl = urls.Production(SiteUrls.Exercise(exercise.Id));
        return new CardView(exercise, printUrl, ShortUrl(printUrl), (qrCodes ?? QrCodeMaker.Svg)(printUrl), new ExerciseWords(strings).StopIf(exercise.StopIf));
    }

    private static string ShortUrl(string url) => url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/');

    private PagePlan Page(string path, string template, string title, string description, object? data, string kind = "cards")
    {
        var view = new PageView(path, kind, title, description, urls.Link(path), urls.Absolute(path), null, [],
            new RawHtml(string.Empty), [], null, null, null, new RawHtml(string.Empty)) { Data = data };
        return new PagePlan(path + "index.html", template, view, true, null);
    }
}
