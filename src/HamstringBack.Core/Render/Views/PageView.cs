using HamstringBack.Core.Model;

namespace HamstringBack.Core.Render.Views;

/// <summary>What a template knows about the page it renders.</summary>
/// <param name="Path">Site path without base path, e.g. "exercises/bird-dog/".</param>
/// <param name="Kind">home, section, page, exercises, exercise, checklist, cards, 404.</param>
public sealed record PageView(
    string Path,
    string Kind,
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    ReviewDates? Review,
    IReadOnlyList<SourceLink> Sources,
    RawHtml Body,
    IReadOnlyList<TocEntry> Toc,
    NavLink? Previous,
    NavLink? Next,
    ExerciseView? Exercise,
    RawHtml JsonLd)
{
    /// <summary>Layout-specific data for special pages (card layouts, checklist).</summary>
    public object? Data { get; init; }

    /// <summary>Who wrote and reviewed the page and when it was first published; <see cref="Model.Credits.None"/> for pages without.</summary>
    public Credits Credits { get; init; } = Credits.None;

    /// <summary>The pages above this one, outermost first, without the home page: a group's page for a section in it (issue 16).</summary>
    public IReadOnlyList<NavLink> Breadcrumbs { get; init; } = [];

    /// <summary>A group's sections, on the group's own page (issue 16); none on other pages.</summary>
    public IReadOnlyList<NavLink> Children { get; init; } = [];
}
