namespace HamstringBack.Core.Schema;

/// <summary>
/// The keys of theme/strings.yml: the words the generator's own pages say (titles and descriptions of the pages it
/// makes besides the content), so code decides structure and the theme decides phrasing (issue 13). A value may
/// name the page's facts in braces, e.g. {name}.
/// </summary>
public static class ThemeSchema
{
    /// <summary>theme/strings.yml.</summary>
    public static KeySchema Strings { get; } = new("strings", "Theme strings", "The words of the pages the generator makes: theme/strings.yml.",
    [
        Text("exercises_title", "The exercises index's title."),
        Text("exercise_description", "An exercise page's description when the exercise has no summary; {name} and {dose}."),
        Text("checklist_description", "The checklist page's description."),
        Text("search_title", "The search page's title."),
        Text("search_description", "The search page's description."),
        Text("not_found_title", "The title of the page for an address that does not exist."),
        Text("not_found_description", "The description of the page for an address that does not exist."),
        Text("cards_title", "The title of the page that chooses cards to print."),
        Text("cards_description", "The description of the page that chooses cards to print."),
        Text("card_layout", "A print layout's name; {paper} and {per_sheet}."),
        Text("card_layout_single", "The name of a print layout of one card a sheet; {paper}."),
        Text("card_sheet_title", "The title of a page of every card in one layout; {layout}."),
        Text("card_sheet_description", "The description of a page of every card in one layout; {count}, {per_sheet} and {paper}."),
        Text("card_title", "The title of one exercise's card page (and of its old address); {name}."),
        Text("card_description", "The description of one exercise's card page; {name}."),
        Text("card_log_title", "The weekly log sheet's title; {routine}."),
        Text("card_log_description", "The weekly log sheet's description."),
        Text("programme_title", "The title of the page that makes a programme for a patient."),
        Text("programme_description", "The description of the page that makes a programme for a patient."),
    ]);

    private static KeySpec Text(string name, string help) => new(name, new KeyType.Text(), true, help, "…") { Hint = "the words to show" };
}
