namespace HamstringBack.Core.Cards;

/// <summary>
/// A way of printing the stretch cards: N cards on each sheet of one paper size. <see cref="All"/> is the one
/// list of layouts; the card pages, the /cards/ chooser and the print tests all read it.
/// </summary>
/// <param name="Id">URL name, e.g. "a4-4up" (/cards/a4-4up/).</param>
/// <param name="Paper">Paper code, also the CSS class and named @page in cards.css: "a4" or "letter".</param>
/// <param name="PerSheet">Cards on each sheet: 1, 2 or 4.</param>
/// <param name="WidthPoints">Sheet width in PDF points (1/72 inch), as pdfinfo reports it.</param>
/// <param name="HeightPoints">Sheet height in PDF points.</param>
public sealed record CardLayout(string Id, string Paper, int PerSheet, double WidthPoints, double HeightPoints)
{
    /// <summary>Paper for people ("A4", "US Letter"): theme/strings.yml's card_paper_a4 or card_paper_letter, set by <see cref="CardPlanner"/>.</summary>
    public string PaperName { get; init; } = string.Empty;

    private const double A4Width = 595.28;
    private const double A4Height = 841.89;
    private const double LetterWidth = 612;
    private const double LetterHeight = 792;

    /// <summary>Every layout, in the order the chooser lists them.</summary>
    public static IReadOnlyList<CardLayout> All { get; } =
    [
        new("a4-1up", "a4", 1, A4Width, A4Height),
        new("a4-2up", "a4", 2, A4Width, A4Height),
        new("a4-4up", "a4", 4, A4Width, A4Height),
        new("letter-1up", "letter", 1, LetterWidth, LetterHeight),
        new("letter-2up", "letter", 2, LetterWidth, LetterHeight),
        new("letter-4up", "letter", 4, LetterWidth, LetterHeight),
    ];

    /// <summary>Page names under /cards/ that are not exercise cards, which exercise ids may therefore not take.</summary>
    public static IReadOnlyList<string> ReservedIds { get; } = [.. All.Select(l => l.Id), "log"];

    /// <summary>Sheets needed for <paramref name="cards"/> cards.</summary>
    public int SheetsFor(int cards) => (cards + PerSheet - 1) / PerSheet;
}
