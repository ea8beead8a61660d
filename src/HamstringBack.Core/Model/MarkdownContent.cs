using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Render;

namespace HamstringBack.Core.Model;

/// <summary>
/// A content file's Markdown body, rendered to safe HTML as soon as it is parsed (so its syntax tree can go),
/// with what later stages need: the contents list, the heading ids other pages may link to, the problems
/// found while rendering, and the links whose targets can only be checked once every page is parsed.
/// </summary>
/// <param name="Html">Held as UTF-8 (<see cref="RawHtml.Utf8(System.Text.StringBuilder)"/>): every page's is held from
/// parse to render, and `preview` keeps them between builds (issue 16: memory at 10,000 pages).</param>
/// <param name="Problems">Reported by the link stage, after parsing, so a file that fails to parse is not
/// followed by link errors caused by it.</param>
public sealed record MarkdownContent(
    RawHtml Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlySet<string> HeadingIds,
    IReadOnlyList<Diagnostic> Problems,
    IReadOnlyList<CrossPageLink> Links)
{
    /// <summary>Nothing rendered (the site settings could not be read, so there were no URLs to render with).</summary>
    public static MarkdownContent Empty { get; } = new(RawHtml.Empty, [], new HashSet<string>(), [], []);
}
