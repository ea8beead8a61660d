using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HamstringBack.Core.Check;

/// <summary>
/// Leads a problem found in a built page back to the line an editor changes: the heading, link or image in
/// the Markdown it came from, or else the whole source file (content or template).
/// </summary>
internal sealed class SourceLocator
{
    private readonly IReadOnlyDictionary<string, string> _pageSources;
    private readonly Dictionary<string, Section> _sections;

    public SourceLocator(SiteModel model, IReadOnlyDictionary<string, string> pageSources)
    {
        _pageSources = pageSources;
        _sections = model.ContentPages.ToDictionary(s => s.SourcePath, StringComparer.Ordinal);
    }

    /// <summary>The file an editor changes to change the page at <paramref name="page"/> (an output path).</summary>
    public string SourceOf(string page) => _pageSources.GetValueOrDefault(page) ?? page;

    /// <summary>The Markdown heading with this id, or the page's source file.</summary>
    public SourceLocation Heading(string page, string? id) =>
        Find(page, (HeadingBlock h) => id is not null && h.GetAttributes().Id == id);

    /// <summary>The Markdown link written to <paramref name="url"/> (after link rewriting), or the page's source file.</summary>
    public SourceLocation Link(string page, string url) =>
        Find(page, (LinkInline l) => !l.IsImage && l.Url == url);

    /// <summary>The Markdown image with this src (after link rewriting), or the page's source file.</summary>
    public SourceLocation Image(string page, string src) =>
        Find(page, (LinkInline l) => l.IsImage && l.Url == src);

    private SourceLocation Find<T>(string page, Func<T, bool> match)
        where T : MarkdownObject
    {
        var source = SourceOf(page);
        if (_sections.TryGetValue(source, out var section) && section.Syntax?.Descendants<T>().FirstOrDefault(match) is { } node)
        {
            return ContentRenderer.At(section.SourcePath, section.BodyLineOffset, node);
        }

        return SourceLocation.WholeFile(source);
    }
}
