namespace HamstringBack.Core.Schema;

/// <summary>The keys of input/site.yml, input/routine.yml and input/jargon.yml.</summary>
public static class SiteSchema
{
    /// <summary>Someone who writes or checks the content.</summary>
    public static KeySchema Person { get; } = new("person", "Person", "Someone who writes or checks the content.",
    [
        new("id", new KeyType.Text(), true, "A short id that authors, reviewer and a page's reviewer refer to.", "reviewer") { Label = "Short id", Hint = "reviewer" },
        new("name", new KeyType.Text(), false, "Their name, once they have agreed to be named; until then pages say \"to be named\" (HB0801).", "Sam Smith"),
        new("profession", new KeyType.Text(), true, "Their job, as shown in the byline.", "physiotherapist") { Hint = "physiotherapist" },
        new("registration", new KeyType.Text(), false, "Their registration body, if any.", "Health and Care Professions Council (HCPC)"),
    ]);

    /// <summary>input/site.yml.</summary>
    public static KeySchema Site { get; } = new("site", "Site settings", "The site's settings: input/site.yml.",
    [
        new("title", new KeyType.Text(), true, "The site's name.", "HamstringBack") { Label = "Site name", Hint = "the site's name" },
        new("description", new KeyType.Text(), true, "One sentence about the site.", "Plain-English help on tight hamstrings and lower back pain.")
            { Hint = "one sentence about the site" },
        new("exercises_summary", new KeyType.Text(), false,
            "One sentence about the exercises page (/exercises/), for search results and link previews; without it, the site's description.",
            "Four simple exercises for tight hamstrings and lower back pain.") { Label = "Exercises page summary" },
        new("base_url", new KeyType.WebAddress(), true, "The published address; Netlify overrides it per deploy.", "https://hamstringback.netlify.app/") { Label = "Published address" },
        new("language", new KeyType.Text(), false, "The language of the pages, as a language tag (the page's lang attribute).", "en-GB") { Default = "en" },
        new("publisher", new KeyType.Text(), true, "Who publishes the site.", "HamstringBack") { Hint = "who publishes the site" },
        new("disclaimer", new KeyType.Text(), true, "A short medical disclaimer, shown at the foot of every page.", "This site gives general health information.")
            { Hint = "a short medical disclaimer" },
        new("contact", new KeyType.Text(), false, "A web or mailto: address shown in the footer, if the publisher has one.", "mailto:hello@example.org") { Label = "Contact address" },
        new("feedback_page", new KeyType.Text(), false,
            "The page that carries the \"Tell us about a mistake\" form; Netlify receives the form, so the site needs no server.", "about"),
        new("funding", new KeyType.Text(), false, "Who pays for the site and how it stays independent, shown in the footer.", "HamstringBack shows no adverts."),
        new("people", new KeyType.ObjectList(Person), false, "Everyone who writes or checks the content. Never invent a person.",
            "[{ id: reviewer, profession: physiotherapist }]"),
        new("authors", new KeyType.TextList(0, 10), false, "Ids of the people who write the pages.", "[author]") { Label = "Authors (ids)" },
        new("reviewer", new KeyType.Text(), false, "Id of the clinical reviewer of every page that names none itself.", "reviewer") { Label = "Clinical reviewer (id)" },
        new("editor_repository", new KeyType.Text(RepositoryPattern), false,
            "The site's GitHub repository, as owner/name, that the browser editor at /admin/ saves to online; without it the editor works only on this computer (see \"Editing in the browser\").",
            "your-account/your-site") { Label = "GitHub repository for the online editor", Starter = StarterLine.CommentedOut },
        new("editor_branch", new KeyType.Text(BranchPattern), false, "The branch of editor_repository the online editor saves to.", "main")
            { Label = "Branch for the online editor", Default = "main", Starter = StarterLine.CommentedOut },
    ]);

    /// <summary>A GitHub repository, owner/name (editor_repository).</summary>
    public const string RepositoryPattern = @"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$";

    /// <summary>A branch name without spaces, .. or a leading dash (editor_branch).</summary>
    public const string BranchPattern = @"^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]+$";

    /// <summary>input/routine.yml.</summary>
    public static KeySchema Routine { get; } = new("routine", "Daily routine", "The daily routine: input/routine.yml.",
    [
        new("title", new KeyType.Text(), false, "The routine's title.", "Daily routine") { Default = "Daily routine" },
        new("exercises", new KeyType.TextList(1, 30), true, "The ids of the routine's exercises (file names without .yml), in order.",
            "[lying-towel-hamstring-stretch, glute-bridge]") { Label = "Exercises (ids)", Hint = "a list of exercise file names without .yml" },
    ]);

    /// <summary>input/jargon.yml: any word, with its plain explanation.</summary>
    public static KeySchema Jargon { get; } = new("jargon", "Jargon", "Hard words and their plain explanations, for `check` (HB0607): word: plain explanation.", [])
    {
        AnyKey = new KeyType.Text(),
    };
}
