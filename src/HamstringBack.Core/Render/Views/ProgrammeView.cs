using HamstringBack.Core.Model;

namespace HamstringBack.Core.Render.Views;

/// <summary>
/// What /programme/ needs (issue 20): every exercise's card, which its script copies and fills in for one patient,
/// the card layouts to print them in, and the checklist the hand-over link opens.
/// </summary>
/// <param name="ChecklistUrl">The checklist's link; the script makes the hand-over link from it and the page's address.</param>
/// <param name="ExercisesShortUrl">The exercises' address on the live site, printed at the foot of the log sheet.</param>
public sealed record ProgrammeView(IReadOnlyList<CardView> Cards, IReadOnlyList<CardLayout> Layouts, string ChecklistUrl, string ExercisesShortUrl);
