namespace HamstringBack.Core.Cards;

/// <summary>A printable page of cards: the cards grouped into sheets of paper.</summary>
/// <param name="Layout">The layout, or null for a single card that prints on whatever paper the printer has.</param>
/// <param name="Sheets">The cards on each sheet, in order.</param>
public sealed record CardSheetsView(CardLayout? Layout, IReadOnlyList<IReadOnlyList<CardView>> Sheets)
{
    /// <summary>CSS classes of the sheets' container: paper (named @page) and cards per sheet.</summary>
    public string CssClass => Layout is null ? "paper-any up-1 single" : $"paper-{Layout.Paper} up-{Layout.PerSheet}";

    /// <summary>Cards per sheet, for the script that regroups the cards a reader picked.</summary>
    public int PerSheet => Layout?.PerSheet ?? 1;
}
