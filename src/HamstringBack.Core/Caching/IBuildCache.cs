using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;

namespace HamstringBack.Core.Caching;

/// <summary>
/// What a build may take from the builds before it. Every build has one: a plain build a
/// <see cref="PassThroughCache"/>, which makes everything afresh; `preview` a <see cref="BuildCache"/>, which
/// reuses what is unchanged. Either way the files and diagnostics are the same.
/// </summary>
internal interface IBuildCache
{
    /// <summary>Starts a build; disposing what it returns ends it, keeping what this build used for the next one.</summary>
    IDisposable StartBuild();

    /// <summary>
    /// The text file an earlier build read at <paramref name="relative"/>, without a look at the disk, when the
    /// file watcher of `preview` has reported no change to it since (<see cref="BuildCache.Trust"/>); otherwise null.
    /// </summary>
    SourceFile? UnchangedText(string relative);

    /// <summary>The text file an earlier build read at <paramref name="relative"/>, when its stamp is unchanged.</summary>
    SourceFile? RememberedText(string relative, FileInfo info);

    /// <summary>The image an earlier build read at <paramref name="relative"/>, when its stamp is unchanged.</summary>
    ImageFile? RememberedImage(string relative, FileInfo info);

    /// <summary>Keeps a text file just read (with its stamp) for the next build; returns it.</summary>
    SourceFile Remember(string relative, FileInfo info, SourceFile file);

    /// <summary>Keeps an image just read (with its stamp) for the next build; returns it.</summary>
    ImageFile Remember(string relative, FileInfo info, ImageFile file);

    /// <summary>The theme's strings in <paramref name="root"/> (<see cref="ThemeLoader.Strings"/>), read again only when the file changed.</summary>
    ThemeStrings? ThemeStrings(string root, string displayRoot, DiagnosticBag diagnostics);

    /// <summary>
    /// The rest of the theme in <paramref name="root"/> with <paramref name="strings"/> (<see cref="ThemeLoader.Load(string, string, ThemeStrings?, DiagnosticBag)"/>),
    /// loaded again only when a file under it or the strings changed.
    /// </summary>
    Theme? Theme(string root, string displayRoot, ThemeStrings? strings, DiagnosticBag diagnostics);

    /// <summary>
    /// What <paramref name="parse"/> gives for <paramref name="file"/>, reused while the file (path and text) and
    /// <paramref name="variant"/> (any other input) are the same; its diagnostics are reported either way.
    /// </summary>
    T Parsed<T>(SourceFile file, string variant, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse);

    /// <summary>
    /// The variant a Markdown file is parsed under: everything its rendering depends on besides its text;
    /// <paramref name="renderer"/> is what renders it (a cache keeps it for `preview`'s body edits, issue 16).
    /// </summary>
    string MarkdownVariant(SiteSettings? settings, InputSet input, bool keepSyntax, ThemeStrings? strings, ContentRenderer? renderer);

    /// <summary>The QR code of <paramref name="text"/>.</summary>
    RawHtml QrCode(string text);

    /// <summary>Whether pages are rendered noting what their templates read (<see cref="PageRenderer.RecordReads"/>), for <see cref="Pages"/>.</summary>
    bool RecordsReads { get; }

    /// <summary>
    /// Every page of <paramref name="plans"/>, in plan order; those that need it rendered with <paramref name="render"/>,
    /// which renders with <paramref name="renderer"/>.
    /// </summary>
    IReadOnlyList<OutputFile> Pages(
        IReadOnlyList<PagePlan> plans,
        Theme theme,
        SiteModel model,
        PageRenderer renderer,
        Func<IReadOnlyList<PagePlan>, IReadOnlyList<OutputFile>> render);

    /// <summary>sitemap.xml and robots.txt.</summary>
    IReadOnlyList<OutputFile> SiteFiles(IReadOnlyList<PagePlan> plans, SiteUrls urls);

    /// <summary><paramref name="file"/>, with the previous build's bytes when they are the same (not written again).</summary>
    OutputFile Reuse(OutputFile file);

    /// <summary>The offline manifest (<see cref="ServiceWorkerManifest"/>) of <paramref name="files"/>.</summary>
    OutputFile OfflineManifest(IReadOnlyList<OutputFile> files);
}
