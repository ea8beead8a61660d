using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Load;

/// <summary>Reads a partial (input/partials/*.md): Markdown without front matter, written once and shown on many pages.</summary>
public static class PartialLoader
{
    /// <summary>The rendered partial; empty when the settings could not be read (the build fails anyway).</summary>
    public static MarkdownContent Load(SourceFile file, DiagnosticBag diagnostics, ContentRenderer? renderer)
    {
        _ = diagnostics;
        var document = Markdig.Markdown.Parse(file.Text, MarkdownPipelineFactory.Shared);
        return renderer?.Render(document, file, 0) ?? MarkdownContent.Empty;
    }
}
