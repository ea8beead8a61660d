using HamstringBack.Core.Diagnostics;
using Markdig.Syntax;

namespace HamstringBack.Core.Model;

/// <summary>A Markdown content file: a numbered section, the home page or a standalone page.</summary>
/// <param name="Slug">URL name: the file name without its number prefix and extension.</param>
/// <param name="Order">Position in the navigation (sections only; 0 for other pages).</param>
/// <param name="KeyLocations">Where each front-matter key's value was written.</param>
/// <param name="Content">The Markdown body, rendered to HTML when the file was parsed.</param>
/// <param name="BodyLineOffset">Lines before the Markdown body starts (front matter), to report true line numbers.</param>
public sealed record Section(
    string Slug,
    string SourcePath,
    string RelativePath,
    PageKind Kind,
    string Title,
    int Order,
    string Summary,
    ReviewDates Review,
    IReadOnlyList<SourceLink> Sources,
    MarkdownContent Content,
    int BodyLineOffset,
    IReadOnlyDictionary<string, SourceLocation> KeyLocations)
{
    /// <summary>
    /// The body's Markdown syntax tree, links rewritten, kept only when <see cref="BuildOptions.KeepSyntaxTrees"/> is set
    /// (`check` uses it to lead problems in built pages back to their lines); otherwise null, so builds hold no trees.
    /// </summary>
    public MarkdownDocument? Syntax { get; init; }

    /// <summary>When the page was first published (front matter <c>published</c>); null when not given.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The id of the page's clinical reviewer in site.yml's <c>people</c> (front matter <c>reviewer</c>); null for the site's reviewer.</summary>
    public string? ReviewerId { get; init; }

    /// <summary>The folder of input/sections this section is in (issue 16); null for a section directly in it.</summary>
    public GroupFolder? Group { get; init; }

    /// <summary>True for a group's own page (its <see cref="GroupFolder.PageFile"/>), whose slug is the group's.</summary>
    public bool IsGroupPage { get; init; }
}
