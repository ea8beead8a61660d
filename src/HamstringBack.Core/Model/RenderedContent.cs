namespace HamstringBack.Core.Model;

/// <summary>A content page's Markdown turned into safe HTML, with its contents list.</summary>
public sealed record RenderedContent(Section Section, string Html, IReadOnlyList<TocEntry> Toc);
