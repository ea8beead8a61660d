using HamstringBack.Core.Load;

namespace HamstringBack.Core.Schema;

/// <summary>The front-matter keys of sections (input/sections/NN-name.md), pages (input/pages/name.md) and the home page.</summary>
public static class PageSchema
{
    /// <summary>One source a page is based on.</summary>
    public static KeySchema Source { get; } = new("source", "Source", "A source the page is based on.",
    [
        new("title", new KeyType.Text(), true, "The source's title.", "\"NHS: Back pain\"") { Hint = "title: NHS – Back pain" },
        new("url", new KeyType.WebAddress(), true, "Its full web address, starting with https://.", "https://www.nhs.uk/conditions/back-pain/") { Label = "Web address" },
    ]);

    /// <summary>What the browser editor calls a page's Markdown text, below its front matter (issue 18).</summary>
    public const string BodyLabel = "Text of the page";

    /// <summary>input/sections/NN-name.md: a page listed in the menu by its order.</summary>
    public static KeySchema Section { get; } = new("section", "Section front matter",
        "The front matter of one section: input/sections/NN-name.md, published at /name/.", Keys(withOrder: true))
    {
        EditorLabel = "Sections",
    };

    /// <summary>input/pages/name.md: a standalone page.</summary>
    public static KeySchema Page { get; } = new("page", "Page front matter",
        "The front matter of a standalone page: input/pages/name.md, published at /name/.", Keys(withOrder: false))
    {
        EditorLabel = "Other pages",
    };

    /// <summary>input/home.md: the home page, with the keys of a page.</summary>
    public static KeySchema Home { get; } = Page with { Id = "home", Title = "Home page front matter", Description = "The front matter of input/home.md, the home page.", EditorLabel = "Home page" };

    private static KeySpec[] Keys(bool withOrder) =>
    [
        new("title", new KeyType.Text(), true, "The page title, also used in the menu.", "Stretching") { Hint = "the page title" },
        .. withOrder
            ? new KeySpec[]
            {
                new("order", new KeyType.Integer(1, SectionLoader.MaxOrder), true,
                    "Its place in the menu: sections are listed by this number. Each section has its own.", "4") { Label = "Place in the menu", Hint = "its place in the menu, like 3" },
            }
            : [],
        new("summary", new KeyType.Text(), true, "One sentence about the page, shown under the title and to search engines.",
            "Two simple hamstring stretches, with how often to do them and when to stop.")
            { Hint = "one sentence about the page", StarterValue = "Write one sentence about what this page explains." },
        new("last_reviewed", new KeyType.Date(), true, "When a clinician last checked the page.", "2026-11-20"),
        new("next_review", new KeyType.Date(), true, "When it must be checked again; `check` warns once this date has passed.", "2027-11-20") { Label = "Next review due" },
        new("sources", new KeyType.ObjectList(Source), false, "The sources the page is based on, each with a title and a full https:// address.",
            "[{ title: \"NHS: Back pain\", url: \"https://www.nhs.uk/conditions/back-pain/\" }]") { StarterValue = "[]" },
        new("published", new KeyType.Date(), false,
            "When the page was first published (fill in when it goes live); shown in the byline and to search engines.", "2026-11-20")
            { Label = "First published", Starter = StarterLine.CommentedOut },
        new("reviewer", new KeyType.Text(), false, "Its clinical reviewer, if not site.yml's reviewer: an id from site.yml's people.", "reviewer")
            { Label = "Clinical reviewer (id)", Starter = StarterLine.CommentedOut },
    ];
}
