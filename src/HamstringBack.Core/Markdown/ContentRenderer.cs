using System.Text;
using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HamstringBack.Core.Markdown;

/// <summary>
/// Stage 5: checks each Markdown page (no raw HTML, safe links, known boxes), turns links written as
/// source paths (04-stretching.md#anchor, ../exercises/bird-dog.yml) into page URLs, and renders HTML.
/// </summary>
public sealed partial class ContentRenderer
{
    /// <summary>The ::: box names editors may use.</summary>
    public static readonly IReadOnlyList<string> Containers = ["urgent", "see-gp", "note"];

    private static readonly string[] SafeSchemes = ["https", "http", "mailto", "tel"];

    private readonly SiteUrls _urls;
    private readonly IReadOnlyDictionary<string, LinkTarget> _targets;
    private readonly IReadOnlySet<string> _sitePaths;
    private readonly IReadOnlySet<string> _images;

    /// <param name="targets">Content files by source path inside input/ ("sections/04-stretching.md").</param>
    /// <param name="sitePaths">Every page path the site will have, for links written as site paths ("/checklist/").</param>
    /// <param name="images">Image names in input/images/.</param>
    public ContentRenderer(SiteUrls urls, IReadOnlyDictionary<string, LinkTarget> targets, IReadOnlySet<string> sitePaths, IReadOnlySet<string> images)
    {
        _urls = urls;
        _targets = targets;
        _sitePaths = sitePaths;
        _images = images;
    }

    /// <summary>The heading ids of a parsed page.</summary>
    public static IReadOnlySet<string> HeadingIds(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>Checks and renders one page; diagnostics go to <paramref name="diagnostics"/>.</summary>
    public RenderedContent Render(Section section, DiagnosticBag diagnostics)
    {
        var document = section.Body;
        var ownAnchors = HeadingIds(document);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block:
                    diagnostics.Add(Errors.RawHtml(At(section, block), Snippet(block.Lines.ToString())));
                    break;
                case HtmlInline inline:
                    diagnostics.Add(Errors.RawHtml(At(section, inline), Snippet(inline.Tag)));
                    break;
                case CustomContainer container when !Containers.Contains(container.Info ?? string.Empty):
                    diagnostics.Add(Errors.UnknownContainer(At(section, container), container.Info ?? string.Empty, Containers));
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !IsSafeAbsolute(autolink.Url):
                    diagnostics.Add(Errors.UnsafeUrl(At(section, autolink), autolink.Url));
                    autolink.Url = "#";
                    break;
                case LinkInline link:
                    link.Url = Resolve(section, link, ownAnchors, diagnostics);
                    break;
            }
        }

        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedContent(section, writer.ToString(), Toc(document));
    }

    private string Resolve(Section section, LinkInline link, IReadOnlySet<string> ownAnchors, DiagnosticBag diagnostics)
    {
        var raw = link.Url ?? string.Empty;
        var at = At(section, link);
        var url = Controls().Replace(raw, string.Empty);
        if (Scheme().Match(url) is { Success: true } scheme)
        {
            if (!SafeSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant()) || link.IsImage)
            {
                diagnostics.Add(link.IsImage ? Errors.BadImagePath(at, raw) : Errors.UnsafeUrl(at, raw));
                return "#";
            }

            return url;
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            diagnostics.Add(Errors.UnsafeUrl(at, raw));
            return "#";
        }

        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        path = Uri.UnescapeDataString(path);

        if (link.IsImage)
        {
            return ResolveImage(section, link, path, at, diagnostics);
        }

        if (path.Length == 0)
        {
            if (anchor is not null && !ownAnchors.Contains(anchor))
            {
                diagnostics.Add(Errors.AnchorMissing(at, Path.GetFileName(section.RelativePath), anchor, ownAnchors));
            }

            return url;
        }

        if (path.StartsWith('/'))
        {
            var sitePath = path.TrimStart('/');
            if (!_sitePaths.Contains(sitePath))
            {
                diagnostics.Add(Errors.LinkTargetMissing(at, raw));
                return "#";
            }

            return _urls.Link(sitePath) + (anchor is null ? string.Empty : "#" + anchor);
        }

        var combined = Combine(section.RelativePath, path);
        if (combined is null || !_targets.TryGetValue(combined, out var target))
        {
            diagnostics.Add(Errors.LinkTargetMissing(at, raw));
            return "#";
        }

        if (anchor is not null && !target.Anchors.Contains(anchor))
        {
            diagnostics.Add(Errors.AnchorMissing(at, path, anchor, target.Anchors));
        }

        return _urls.Link(target.SitePath) + (anchor is null ? string.Empty : "#" + anchor);
    }

    private string ResolveImage(Section section, LinkInline link, string path, SourceLocation at, DiagnosticBag diagnostics)
    {
        var combined = Combine(section.RelativePath, path);
        if (combined is null || !combined.StartsWith("images/", StringComparison.Ordinal) || !_images.Contains(combined[7..]))
        {
            diagnostics.Add(Errors.ImageMissing(at, path));
            return "#";
        }

        if (!link.Any(child => child is LiteralInline literal && literal.Content.Length > 0))
        {
            diagnostics.Add(Errors.ImageNoAlt(at, path));
        }

        return _urls.Link(SiteUrls.Image(combined[7..]));
    }

    /// <summary>Joins a link to the folder of the file it is written in; null when it leaves input/.</summary>
    private static string? Combine(string fromFile, string link)
    {
        var parts = new List<string>(fromFile.Split('/')[..^1]);
        foreach (var segment in link.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    private static bool IsSafeAbsolute(string url) =>
        Scheme().Match(Controls().Replace(url, string.Empty)) is { Success: true } m && SafeSchemes.Contains(m.Groups[1].Value.ToLowerInvariant());

    private static IReadOnlyList<TocEntry> Toc(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.Level == 2 && h.Parent is MarkdownDocument)
            .Select(h => new TocEntry(PlainText(h.Inline), h.GetAttributes().Id ?? string.Empty))
            .ToList();

    /// <summary>The text of some inlines without markup.</summary>
    public static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var child in inline?.Descendants() ?? [])
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString();
    }

    internal static SourceLocation At(Section section, MarkdownObject node) =>
        new(section.SourcePath, node.Line + section.BodyLineOffset + 1, node.Column + 1);

    private static string Snippet(string html)
    {
        var line = html.Split('\n')[0].Trim();
        return line.Length > 40 ? line[..40] + "…" : line;
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"[\u0000-\u0020\u007F]")]
    private static partial Regex Controls();
}
