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
        Text("card_paper_a4", "The name of A4 paper, in a print layout's name ({paper})."),
        Text("card_paper_letter", "The name of US letter paper, in a print layout's name ({paper})."),
        Text("card_sheet_title", "The title of a page of every card in one layout; {layout}."),
        Text("card_sheet_description", "The description of a page of every card in one layout; {count}, {per_sheet} and {paper}."),
        Text("card_title", "The title of one exercise's card page (and of its old address); {name}."),
        Text("card_description", "The description of one exercise's card page; {name}."),
        Text("card_log_title", "The weekly log sheet's title; {routine}."),
        Text("card_log_description", "The weekly log sheet's description."),
        Text("programme_title", "The title of the page that makes a programme for a patient."),
        Text("programme_description", "The description of the page that makes a programme for a patient."),
        Text("tick_left", "A checklist tick for one set on the left side."),
        Text("tick_right", "A checklist tick for one set on the right side."),
        Text("tick_once", "A checklist tick for one set done once, on both sides."),
        Text("tick_times", "A checklist tick for one set done more than once, on both sides; {n}."),
        Text("tick_both_sides", "A checklist tick for one set that switches sides as it goes; {times} (tick_once or tick_times)."),
        Text("tick_set", "A checklist tick when the exercise has more than one set; {label} (one of the ticks above), {n} and {sets}."),
        Text("credential_category", "What a person's registration is called in the structured data search engines read."),
        Text("kind_stretch", "What an exercise of kind stretch is called."),
        Text("kind_dynamic_stretch", "What an exercise of kind dynamic-stretch is called."),
        Text("kind_strength", "What an exercise of kind strength is called."),
        Text("dose_hold", "The dose of an exercise that is held; {hold} (how long) and {times} (how many times)."),
        Text("times_once", "How many times, for an exercise done once."),
        Text("times_many", "How many times, for an exercise done more than once; {n}."),
        Text("times_one_in_sets", "How many times in each set, for sets of one."),
        Text("times_sets", "How many times, for more than one set; {sets} and {times} (how many times in each)."),
        Text("sides_each", "How many times, for an exercise done on each side in turn; {times}."),
        Text("sides_alternating", "How many times, for an exercise that switches sides as it goes; {times}."),
        Text("per_day_once", "How often, for once a day."),
        Text("per_day_twice", "How often, for twice a day."),
        Text("per_day_many", "How often, for more than twice a day; {n}."),
        Text("frequency_when", "How often and when, when the exercise says when; {per_day} and {when}."),
        Text("seconds_one", "A hold of one second."),
        Text("seconds_many", "A hold of some seconds; {n}."),
        Text("minutes_one", "A hold of one minute."),
        Text("minutes_many", "A hold of some minutes; {n}."),
        Text("minutes_and_seconds", "A hold of minutes and seconds; {minutes} and {seconds}, each in the words above."),
        Text("stop_if_none", "The end of a card's \"stop if\" sentence when the exercise lists no reason to stop."),
        Text("stop_if_between", "Two reasons to stop on a card, but for the last: {first} and {next}."),
        Text("stop_if_last", "The reasons to stop on a card, more than one; {others} (joined by stop_if_between) and {last}."),
        Text("stop_if_or", "Two reasons to stop where a page inserts them ({{stop_if id}}): {first} and {next}."),
    ]);

    private static KeySpec Text(string name, string help) => new(name, new KeyType.Text(), true, help, "…") { Hint = "the words to show" };
}
