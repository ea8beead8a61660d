using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Model;

/// <summary>
/// A content file's Markdown body, rendered to safe HTML as soon as it is parsed (so its syntax tree can go),
/// with what later stages need: the contents list, the heading ids other pages may link to, the problems
/// found while rendering, and the links whose targets can only be checked once every page is parsed.
/// </summary>
/// <param name="Problems">Reported by the link stage, after parsing, so a file that fails to parse is not
/// followed by link errors caused by it.</param>
public sealed record MarkdownContent(
    string Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlySet<string> HeadingIds,
    IReadOnlyList<Diagnostic> Problems,
    IReadOnlyList<CrossPageLink> Links)
{
    /// <summary>Nothing rendered (the site settings could not be read, so there were no URLs to render with).</summary>
    public static MarkdownContent Empty { get; } = new(string.Empty, [], new HashSet<string>(), [], []);
}
