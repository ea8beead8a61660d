using System.Text;
using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Markdown.ExerciseFacts;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HamstringBack.Core.Markdown;

/// <summary>
/// Renders each Markdown body as it is parsed: checks it (no raw HTML, safe links, known boxes), turns links
/// written as source paths (04-stretching.md#anchor, ../exercises/bird-dog.yml) into page URLs, and renders
/// HTML. Which files exist is known from the input's file names; anchors in other pages and links written as
/// site paths are checked later, once every page is parsed (<see cref="CrossPageLinks"/>).
/// </summary>
public sealed partial class ContentRenderer
{
    /// <summary>The ::: box names editors may use.</summary>
    public static readonly IReadOnlyList<string> Containers = ["urgent", "see-gp", "note"];

    private static readonly string[] SafeSchemes = ["https", "http", "mailto", "tel"];

    /// <summary>Largest builder a thread keeps for the next body's HTML (characters); a larger one is left to the collector.</summary>
    private const int MaxKeptHtmlChars = 1 << 20;

    /// <summary>This thread's writer for <see cref="Html"/>, whose builder is emptied after each body.</summary>
    [ThreadStatic]
    private static StringWriter? t_writer;

    private readonly SiteUrls _urls;
    private readonly IReadOnlyDictionary<string, string> _pages;
    private readonly IReadOnlySet<string> _images;
    private readonly IReadOnlyDictionary<string, Exercise> _exercises;
    private readonly ExerciseWords? _words;

    /// <param name="pages">Page path of each content file, by its path inside input/ ("sections/04-stretching.md" → "stretching/").</param>
    /// <param name="images">Image names in input/images/.</param>
    /// <param name="exercises">The parsed exercises by id, whose facts <c>{{dose id}}</c> inserts show; none when null.</param>
    /// <param name="words">
    /// The theme's words for doses, which inserts are written in; null when the theme could not be loaded (the build
    /// fails anyway): inserts are then checked but left as they are.
    /// </param>
    public ContentRenderer(SiteUrls urls, IReadOnlyDictionary<string, string> pages, IReadOnlySet<string> images,
        IReadOnlyDictionary<string, Exercise>? exercises = null, ExerciseWords? words = null)
    {
        _urls = urls;
        _pages = pages;
        _images = images;
        _exercises = exercises ?? new Dictionary<string, Exercise>();
        _words = words;
    }

    /// <summary>
    /// A renderer for the content files of <paramref name="input"/>, their page paths worked out from their names;
    /// inserts of exercise facts read <paramref name="exercises"/>.
    /// </summary>
    public static ContentRenderer For(InputSet input, SiteUrls urls, IReadOnlyList<Exercise>? exercises = null, ExerciseWords? words = null)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        if (input.Home is { } home)
        {
            pages[home.RelativePath] = SiteUrls.Page(PageKind.Home, string.Empty);
        }

        foreach (var section in input.Sections)
        {
            pages[section.RelativePath] = SectionLoader.PathOf(section.RelativePath);
        }

        foreach (var page in input.Pages)
        {
            pages[page.RelativePath] = SiteUrls.Page(PageKind.Page, Path.GetFileNameWithoutExtension(page.RelativePath));
        }

        foreach (var exercise in input.Exercises)
        {
            pages[exercise.RelativePath] = SiteUrls.Exercise(Path.GetFileNameWithoutExtension(exercise.RelativePath));
        }

        return new ContentRenderer(urls, pages, input.Images.Select(i => i.Name).ToHashSet(StringComparer.Ordinal),
            (exercises ?? []).ToDictionary(e => e.Id, StringComparer.Ordinal), words);
    }

    /// <summary>The heading ids of a parsed page, in page order.</summary>
    public static IReadOnlySet<string> HeadingIds(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Checks and renders the body of <paramref name="file"/> (its Markdown starting after <paramref name="bodyLineOffset"/>
    /// lines). Link rewriting changes the links in <paramref name="document"/>.
    /// </summary>
    public MarkdownContent Render(MarkdownDocument document, SourceFile file, int bodyLineOffset)
    {
        var page = new PageInFile(file.Path, file.RelativePath, bodyLineOffset, HeadingIds(document));
        var problems = new List<Diagnostic>();
        var links = new List<CrossPageLink>();
        var inserts = new List<ExerciseFactInline>();
        foreach (var node in document.Descendants())
        {
            Check(node, page, problems, links, inserts);
        }

        foreach (var insert in inserts)
        {
            if (Insert(page, insert, problems) is { } text)
            {
                insert.ReplaceBy(new LiteralInline(text) { Line = insert.Line, Column = insert.Column, Span = insert.Span });
            }
        }

        return new MarkdownContent(Html(document), Toc(document), page.Anchors, problems, links);
    }

    /// <summary>Checks one node (and rewrites its link), collecting the inserts of exercise facts to replace afterwards.</summary>
    private void Check(MarkdownObject node, PageInFile page, List<Diagnostic> problems, List<CrossPageLink> links, List<ExerciseFactInline> inserts)
    {
        switch (node)
        {
            case HtmlBlock block:
                problems.Add(Errors.RawHtml(page.At(block), Snippet(block.Lines.ToString())));
                break;
            case HtmlInline inline:
                problems.Add(Errors.RawHtml(page.At(inline), Snippet(inline.Tag)));
                break;
            case CustomContainer container when !Containers.Contains(container.Info ?? string.Empty):
                problems.Add(Errors.UnknownContainer(page.At(container), container.Info ?? string.Empty, Containers));
                break;
            case AutolinkInline autolink when !autolink.IsEmail && !IsSafeAbsolute(autolink.Url):
                problems.Add(Errors.UnsafeUrl(page.At(autolink), autolink.Url));
                autolink.Url = "#";
                break;
            case HtmlEntityInline entity when ControlCharacters.IndexOfForbidden(entity.Transcoded.AsSpan()) is var bad && bad >= 0:
                // Read text holds none (InputReader checks), but an entity such as &#7; or &#x202E; writes one.
                problems.Add(Errors.ControlCharacter(page.At(entity), entity.Transcoded.AsSpan()[bad], writtenAsEscape: true));
                break;
            case LinkInline link:
                if (ControlCharacters.IndexOfForbidden(link.Title.AsSpan()) is var inTitle && inTitle >= 0)
                {
                    problems.Add(Errors.ControlCharacter(page.At(link), link.Title![inTitle], writtenAsEscape: true));
                }

                link.Url = Resolve(page, link, problems, links);
                break;
            case ExerciseFactInline insert:
                inserts.Add(insert);
                break;
        }
    }

    /// <summary>
    /// The HTML of <paramref name="document"/>, held as UTF-8. It is written into this thread's builder, kept from one
    /// body to the next, by a renderer that the pipeline lends (issue 16: a new writer, renderer and builder grown chunk
    /// by chunk per body were 180 MB of the parse stage's allocations at 10,000 pages).
    /// </summary>
    private static RawHtml Html(MarkdownDocument document)
    {
        var writer = t_writer ??= new StringWriter();
        var html = writer.GetStringBuilder();
        try
        {
            document.ToHtml(writer, MarkdownPipelineFactory.Shared);
            return RawHtml.Utf8(html);
        }
        finally
        {
            html.Clear();
            if (html.Capacity > MaxKeptHtmlChars)
            {
                t_writer = null;
            }
        }
    }

    private string Resolve(PageInFile page, LinkInline link, List<Diagnostic> problems, List<CrossPageLink> links)
    {
        var raw = link.Url ?? string.Empty;
        var at = page.At(link);
        var url = Controls().Replace(raw, string.Empty);
        if (Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            if (Refused(link, url, at, raw) is not { } refused)
            {
                return url;
            }

            problems.Add(refused);
            return "#";
        }

        var hash = url.IndexOf('#');
        var path = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        if (link.IsImage)
        {
            return ResolveImage(page, link, path, at, problems);
        }

        if (path.Length == 0)
        {
            if (anchor is not null && !page.Anchors.Contains(anchor))
            {
                problems.Add(Errors.AnchorMissing(at, Path.GetFileName(page.RelativePath), anchor, page.Anchors));
            }

            return url;
        }

        return path.StartsWith('/')
            ? ResolveSitePath(new LinkWritten(at, raw, path, anchor), links)
            : ResolveSourcePath(page, new LinkWritten(at, raw, path, anchor), problems, links);
    }

    /// <summary>
    /// Why a link with a scheme, or to another host ("//…"), may not stay as written (an unsafe scheme, a picture from
    /// elsewhere); null when it may.
    /// </summary>
    private static Diagnostic? Refused(LinkInline link, string url, SourceLocation at, string raw)
    {
        var scheme = Scheme().Match(url);
        if (!scheme.Success)
        {
            return Errors.UnsafeUrl(at, raw);
        }

        if (link.IsImage)
        {
            return Errors.BadImagePath(at, raw);
        }

        return SafeSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant()) ? null : Errors.UnsafeUrl(at, raw);
    }

    /// <summary>A link written as a path on the site ("/exercises/"): checked once every page is known.</summary>
    private string ResolveSitePath(LinkWritten link, List<CrossPageLink> links)
    {
        var sitePath = link.Path.TrimStart('/');
        links.Add(new CrossPageLink(link.At, link.Raw, link.Path, null, link.Anchor, sitePath));
        return _urls.Link(sitePath) + (link.Anchor is null ? string.Empty : "#" + link.Anchor);
    }

    /// <summary>A link as written (<paramref name="Raw"/>), its path unescaped and its anchor apart.</summary>
    private sealed record LinkWritten(SourceLocation At, string Raw, string Path, string? Anchor);

    /// <summary>A link written as the path of an input file, relative to the page's own: the URL of that file's page.</summary>
    private string ResolveSourcePath(PageInFile page, LinkWritten link, List<Diagnostic> problems, List<CrossPageLink> links)
    {
        var combined = Combine(page.RelativePath, link.Path);
        if (combined is null || !_pages.TryGetValue(combined, out var target))
        {
            problems.Add(Errors.LinkTargetMissing(link.At, link.Raw));
            return "#";
        }

        if (link.Anchor is { } anchor && combined.EndsWith(".yml", StringComparison.Ordinal) && !ExercisePageAnchors.All.Contains(anchor))
        {
            problems.Add(Errors.AnchorMissing(link.At, link.Path, anchor, ExercisePageAnchors.All));
        }
        else if (link.Anchor is not null && !combined.EndsWith(".yml", StringComparison.Ordinal))
        {
            links.Add(new CrossPageLink(link.At, link.Raw, link.Path, combined, link.Anchor, null));
        }

        return _urls.Link(target) + (link.Anchor is null ? string.Empty : "#" + link.Anchor);
    }

    /// <summary>The text of an exercise-fact insert; null (and a problem reported) when it names no known exercise or fact.</summary>
    private string? Insert(PageInFile page, ExerciseFactInline insert, List<Diagnostic> problems)
    {
        var at = page.At(insert);
        if (!ExerciseFacts.ExerciseFacts.Fields.Contains(insert.Field))
        {
            problems.Add(Errors.InsertUnknownField(at, insert.Field, ExerciseFacts.ExerciseFacts.Fields));
            return null;
        }

        if (!_exercises.TryGetValue(insert.ExerciseId, out var exercise))
        {
            problems.Add(Errors.InsertUnknownExercise(at, insert.ExerciseId, NameSuggester.Nearest(insert.ExerciseId, _exercises.Keys.ToList())));
            return null;
        }

        if (_words is null)
        {
            return null;
        }

        var text = ExerciseFacts.ExerciseFacts.Text(exercise, insert.Field, _words);
        if (text.Length == 0)
        {
            problems.Add(Errors.InsertEmpty(at, insert.Field, insert.ExerciseId));
            return null;
        }

        return text;
    }

    private string ResolveImage(PageInFile page, LinkInline link, string path, SourceLocation at, List<Diagnostic> problems)
    {
        var combined = Combine(page.RelativePath, path);
        if (combined is null || !combined.StartsWith("images/", StringComparison.Ordinal) || !_images.Contains(combined[7..]))
        {
            problems.Add(Errors.ImageMissing(at, path));
            return "#";
        }

        if (!link.Any(child => child is LiteralInline literal && literal.Content.Length > 0))
        {
            problems.Add(Errors.ImageNoAlt(at, path));
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

    /// <summary>Where a Markdown node is in its source file.</summary>
    internal static SourceLocation At(string sourcePath, int bodyLineOffset, MarkdownObject node) =>
        new(sourcePath, node.Line + bodyLineOffset + 1, node.Column + 1);

    /// <summary>The file being rendered: where its body starts, and its own heading ids.</summary>
    private sealed record PageInFile(string SourcePath, string RelativePath, int BodyLineOffset, IReadOnlySet<string> Anchors)
    {
        public SourceLocation At(MarkdownObject node) => ContentRenderer.At(SourcePath, BodyLineOffset, node);
    }

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
