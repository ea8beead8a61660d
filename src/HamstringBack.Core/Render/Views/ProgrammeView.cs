using HamstringBack.Core.Cards;

namespace HamstringBack.Core.Render.Views;

/// <summary>
/// What /programme/ needs (issue 20): every exercise's card, which its script copies and fills in for one patient,
/// the card layouts to print them in, and the checklist the hand-over link opens.
/// </summary>
/// <param name="Layouts">The print layouts, each with its name from theme/strings.yml.</param>
/// <param name="ChecklistUrl">The checklist's link; the script makes the hand-over link from it and the page's address.</param>
/// <param name="ExercisesShortUrl">The exercises' address on the live site, printed at the foot of the log sheet.</param>
public sealed record ProgrammeView(IReadOnlyList<CardView> Cards, IReadOnlyList<CardLayoutChoice> Layouts, string ChecklistUrl, string ExercisesShortUrl);

/// <summary>A print layout as a choice on /programme/: its paper ("a4"), cards a sheet, and name for people.</summary>
public sealed record CardLayoutChoice(string Paper, int PerSheet, string Title);
