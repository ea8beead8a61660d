using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using HamstringBack.Core.Schema;

namespace HamstringBack.Core.Load;

/// <summary>Reads a Markdown content file (home, section or page): front matter, then the Markdown body.</summary>
public static partial class SectionLoader
{
    /// <summary>Highest section order: large enough for generated sites of many thousand pages.</summary>
    public const int MaxOrder = 999_999;

    /// <summary>Parses one content file; null if it has errors (all reported).</summary>
    /// <param name="renderer">Renders the body; null when the site settings could not be read (the build fails anyway).</param>
    /// <param name="keepSyntax">Keep the body's syntax tree on the section, for `check`.</param>
    public static Section? Load(SourceFile file, PageKind kind, DiagnosticBag diagnostics, ContentRenderer? renderer, bool keepSyntax = false)
    {
        var group = kind == PageKind.Section ? GroupFolder.Of(file.RelativePath) : null;
        var isGroupPage = group is not null && Path.GetFileName(file.RelativePath) == GroupFolder.PageFile;
        if ((isGroupPage ? group!.Slug : SlugOfName(file, kind, diagnostics)) is not { } slug ||
            FrontMatterSplitter.Split(file, diagnostics) is not { } parts ||
            YamlDocumentLoader.Load(file.Path, parts.Yaml, parts.YamlFirstLine, diagnostics) is not { } mapping)
        {
            return null;
        }

        var f = new YamlFields(mapping, file.Path, parts.YamlFirstLine, diagnostics);
        var matter = FrontMatter.Read(f, kind, group, isGroupPage);
        if (f.Failed || matter.Title is null || matter.Summary is null || matter.Last is null || matter.Next is null ||
            MarkdownBodyParser.Parse(parts.Body, file.Path, parts.BodyFirstLine - 1, diagnostics) is not { } document)
        {
            return null;
        }

        var content = renderer?.Render(document, file, parts.BodyFirstLine - 1) ?? MarkdownContent.Empty;
        return new Section(slug, file.Path, file.RelativePath, kind, matter.Title, matter.Order, matter.Summary,
            new ReviewDates(matter.Last.Value, matter.Next.Value), matter.Sources, content, parts.BodyFirstLine - 1, f.KeyLocations())
        {
            Syntax = keepSyntax ? document : null,
            Published = matter.Published,
            ReviewerId = matter.Reviewer,
            Group = group,
            IsGroupPage = isGroupPage,
        };
    }

    /// <summary>The slug a file's name gives it (empty for the home page); null after reporting a badly named file.</summary>
    private static string? SlugOfName(SourceFile file, PageKind kind, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(file.RelativePath);
        var (pattern, expected) = kind switch
        {
            PageKind.Section => (SectionName(), "two or more digits, a hyphen and lower-case words joined by hyphens, like 04-stretching.md"),
            PageKind.Page => (PageName(), "lower-case words joined by hyphens, like about.md"),
            _ => (null, string.Empty),
        };
        if (pattern is not null && !pattern.IsMatch(name))
        {
            diagnostics.Add(Errors.BadFileName(SourceLocation.WholeFile(file.Path), name, expected));
            return null;
        }

        return kind switch { PageKind.Section => SlugOf(name), PageKind.Home => string.Empty, _ => Path.GetFileNameWithoutExtension(name) };
    }

    /// <summary>The keys of a content file's front matter, read in the order they are checked.</summary>
    private sealed record FrontMatter(string? Title, int Order, string? Summary, DateOnly? Last, DateOnly? Next,
        IReadOnlyList<SourceLink> Sources, DateOnly? Published, string? Reviewer)
    {
        public static FrontMatter Read(YamlFields f, PageKind kind, GroupFolder? group, bool isGroupPage)
        {
            var keys = kind switch { PageKind.Section => PageSchema.Section, PageKind.Home => PageSchema.Home, _ => PageSchema.Page };
            f.RejectUnknownKeys(keys);
            var title = f.Text(keys["title"]);
            // A group's own page may leave out its order: its folder's number is its place (issue 16).
            var order = kind == PageKind.Section ? f.Integer(isGroupPage ? keys["order"] with { Required = false } : keys["order"]) ?? group?.Order ?? 0 : 0;
            return new FrontMatter(title, order, f.Text(keys["summary"]), f.Date(keys["last_reviewed"]), f.Date(keys["next_review"]),
                f.Sources("sources"), f.Date(keys["published"]), f.Text(keys["reviewer"]));
        }
    }

    [GeneratedRegex("^[0-9]{2,}-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md$")]
    private static partial Regex SectionName();

    /// <summary>The slug of a section file name ("04-stretching.md" → "stretching"), or the name without extension.</summary>
    public static string SlugOf(string fileName)
    {
        var match = SectionName().Match(fileName);
        return match.Success ? match.Groups[1].Value : Path.GetFileNameWithoutExtension(fileName);
    }

    /// <summary>
    /// The page path of the section file at <paramref name="relativePath"/> ("sections/04-stretching.md" → "stretching/",
    /// "sections/02-back-pain/01-sciatica.md" → "back-pain/sciatica/", "sections/02-back-pain/_group.md" → "back-pain/").
    /// </summary>
    public static string PathOf(string relativePath)
    {
        var slug = SlugOf(Path.GetFileName(relativePath));
        return GroupFolder.Of(relativePath) is not { } group ? slug + "/"
            : Path.GetFileName(relativePath) == GroupFolder.PageFile ? group.Slug + "/"
            : $"{group.Slug}/{slug}/";
    }

    /// <summary>The slug of the section file at <paramref name="relativePath"/>: a group's page takes its group's.</summary>
    public static string SlugOfPath(string relativePath) =>
        GroupFolder.Of(relativePath) is { } group && Path.GetFileName(relativePath) == GroupFolder.PageFile
            ? group.Slug
            : SlugOf(Path.GetFileName(relativePath));

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\.md$")]
    private static partial Regex PageName();
}
