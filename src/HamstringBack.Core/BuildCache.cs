using HamstringBack.Core.Caching;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;

namespace HamstringBack.Core;

/// <summary>
/// What the previous build made, for a <see cref="SiteBuilder"/> to reuse (set <see cref="SiteBuilder.Cache"/>):
/// files whose length and write time are unchanged; parsed files (with their rendered Markdown) whose text, and
/// what their links are rendered with, are unchanged; rendered pages whose templates would read the same values (recorded as they rendered).
/// A build with a cache gives the same files and diagnostics as a fresh one. One cache serves one input and theme, one build at a time
/// (`preview` keeps one for its session); it holds about one build's worth, however many builds it serves.
/// </summary>
public sealed class BuildCache : IBuildCache
{
    private readonly Memo<string, ReadEntry<SourceFile>> _texts = new(StringComparer.Ordinal);
    private readonly Memo<string, ReadEntry<ImageFile>> _images = new(StringComparer.Ordinal);
    private readonly Memo<string, ParseEntry> _parses = new(StringComparer.Ordinal);
    private readonly Memo<string, RawHtml> _qrCodes = new(StringComparer.Ordinal);
    private readonly Memo<string, byte[]> _generated = new(StringComparer.Ordinal);
    private readonly ThemeMemo _theme = new();
    private readonly PageMemo _pages = new();
    private readonly ContentHashes _hashes = new();
    private string? _siteFilesKey;
    private IReadOnlyList<OutputFile> _siteFiles = [];
    private ServiceWorkerManifest.Layout? _manifestLayout;
    private ContentRenderer? _contentRenderer;
    private ContentRenderer? _nextContentRenderer;
    private string? _root;
    private IReadOnlyCollection<string>? _changed;
    private int _filesRead;
    private int _filesParsed;

    /// <summary>How many input files the latest build read from disk (the others were unchanged).</summary>
    public int FilesRead => _filesRead;

    /// <summary>How many input files the latest build parsed (the others had the same text as before).</summary>
    public int FilesParsed => _filesParsed;

    /// <summary>How many pages the latest build rendered with the theme's templates.</summary>
    public int PagesRendered => _pages.Rendered;

    IDisposable IBuildCache.StartBuild()
    {
        // A build stopped by an exception never ended its generation: what it kept is dropped, not half used.
        Discard();
        _filesRead = 0;
        _filesParsed = 0;
        return new Generation(this);
    }

    /// <summary>
    /// For the builds that follow: the input folder is <paramref name="root"/>, and the only paths in it that may
    /// have changed since the last build that ended are <paramref name="changed"/> (full paths of files or folders,
    /// as a file watcher reports them); a text file outside them, read then and not through a link, is taken as it
    /// was without a look at the disk (issue 16: 11,000 files' stamps were most of a body edit's rebuild). Null
    /// (the watcher lost events, or there is none) looks at every file.
    /// </summary>
    public void Trust(string root, IReadOnlyCollection<string>? changed)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _changed = changed;
    }

    SourceFile? IBuildCache.UnchangedText(string relative)
    {
        if (_root is null || _changed is null || !_texts.TryGet(relative, out var entry) || entry.Stamp is null)
        {
            return null;
        }

        var path = Path.Join(_root, relative);
        if (entry.Stamp.FullPath != path || _changed.Any(c => path == c || (path.StartsWith(c, StringComparison.Ordinal) && path[c.Length] == Path.DirectorySeparatorChar)))
        {
            return null;
        }

        _texts.Keep(relative, entry);
        return entry.File;
    }

    SourceFile? IBuildCache.RememberedText(string relative, FileInfo info) => Remembered(_texts, relative, info);

    ImageFile? IBuildCache.RememberedImage(string relative, FileInfo info) => Remembered(_images, relative, info);

    SourceFile IBuildCache.Remember(string relative, FileInfo info, SourceFile file) => Remember(_texts, relative, info, file);

    ImageFile IBuildCache.Remember(string relative, FileInfo info, ImageFile file) => Remember(_images, relative, info, file);

    ThemeStrings? IBuildCache.ThemeStrings(string root, string displayRoot, DiagnosticBag diagnostics) => _theme.Strings(root, displayRoot, diagnostics);

    Theme? IBuildCache.Theme(string root, string displayRoot, ThemeStrings? strings, DiagnosticBag diagnostics) => _theme.Load(root, displayRoot, strings, diagnostics);

    T IBuildCache.Parsed<T>(SourceFile file, string variant, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse)
    {
        var key = file.RelativePath + "\n" + variant;
        if (!_parses.TryGet(key, out var old) || old is not ParseEntry<T> entry || entry.File != file)
        {
            var own = new DiagnosticBag();
            entry = new ParseEntry<T>(file, parse(own), own.ToSortedList());
            Interlocked.Increment(ref _filesParsed);
        }

        _parses.Keep(key, entry);
        diagnostics.AddRange(entry.Diagnostics);
        return entry.Result;
    }

    string IBuildCache.MarkdownVariant(SiteSettings? settings, InputSet input, bool keepSyntax, ThemeStrings? strings, ContentRenderer? renderer)
    {
        _nextContentRenderer = renderer;
        return RenderingContext.Of(settings, input, keepSyntax, strings);
    }

    /// <summary>
    /// What the latest build that parsed rendered its Markdown with (its input's file names, exercises and words),
    /// kept for `preview` to render an edited body as that build would, without making it again from 11,000 names
    /// per edit (issue 16). Null before any build, and when that build had no settings.
    /// </summary>
    internal ContentRenderer? ContentRenderer => _contentRenderer;

    /// <summary>The text of the input file at <paramref name="relative"/> ("sections/04-stretching.md") as the last build that ended read it, or null.</summary>
    internal SourceFile? PreviousText(string relative) => _texts.TryGet(relative, out var entry) ? entry.File : null;

    /// <summary>
    /// Whether the last build that ended read the file at <paramref name="relative"/> ("sections/x.md"), or a file
    /// below it ("sections"); a path it did not read and that is gone now changes nothing that build made (issue 16).
    /// </summary>
    internal bool Read(string relative) =>
        _texts.PreviousKeys.Concat(_images.PreviousKeys).Any(k => k == relative || (k.StartsWith(relative, StringComparison.Ordinal) && k.Length > relative.Length && k[relative.Length] == '/'));

    RawHtml IBuildCache.QrCode(string text)
    {
        if (!_qrCodes.TryGet(text, out var svg))
        {
            svg = QrCodeMaker.Svg(text);
        }

        _qrCodes.Keep(text, svg);
        return svg;
    }

    bool IBuildCache.RecordsReads => true;

    IReadOnlyList<OutputFile> IBuildCache.Pages(
        IReadOnlyList<PagePlan> plans,
        Theme theme,
        SiteModel model,
        PageRenderer renderer,
        Func<IReadOnlyList<PagePlan>, IReadOnlyList<OutputFile>> render) => _pages.Render(plans, theme, model, renderer, render);

    /// <summary>The same objects as last time when no page's sitemap entry changed.</summary>
    IReadOnlyList<OutputFile> IBuildCache.SiteFiles(IReadOnlyList<PagePlan> plans, SiteUrls urls)
    {
        var key = string.Join('\n', plans.Select(p => $"{p.InSitemap}|{p.Page.Path}|{p.Page.CanonicalUrl}|{p.LastModified}")) + urls.Absolute(string.Empty);
        if (key != _siteFilesKey)
        {
            _siteFiles = SiteFilesRenderer.Render(plans, urls);
            _siteFilesKey = key;
        }

        return _siteFiles;
    }

    /// <summary>A generated file that did not change (an exercise's link-preview picture) keeps its old array.</summary>
    OutputFile IBuildCache.Reuse(OutputFile file)
    {
        if (_generated.TryGet(file.Path, out var old) && old.AsSpan().SequenceEqual(file.Content))
        {
            file = file with { Content = old };
        }

        _generated.Keep(file.Path, file.Content);
        return file;
    }

    /// <summary>
    /// Hashes only files whose bytes are new (the others keep their arrays); while the site's paths are the same
    /// (a body edit), reuses their order and the list of files kept offline instead of sorting 13,000 paths again.
    /// </summary>
    OutputFile IBuildCache.OfflineManifest(IReadOnlyList<OutputFile> files)
    {
        files = ServiceWorkerManifest.Kept(files);
        if (_manifestLayout?.Fits(files) != true)
        {
            _manifestLayout = ServiceWorkerManifest.Layout.Of(files);
        }

        return ServiceWorkerManifest.Render(files, _manifestLayout, _hashes.Sha256);
    }

    private T? Remembered<T>(Memo<string, ReadEntry<T>> memo, string relative, FileInfo info)
        where T : class
    {
        if (memo.TryGet(relative, out var entry) && entry.Stamp == FileStamp.Of(info))
        {
            memo.Keep(relative, entry);
            return entry.File;
        }

        Interlocked.Increment(ref _filesRead);
        return null;
    }

    private static T Remember<T>(Memo<string, ReadEntry<T>> memo, string relative, FileInfo info, T file)
    {
        memo.Keep(relative, new ReadEntry<T>(FileStamp.Settled(info), file));
        return file;
    }

    /// <summary>Ends a build: what it kept becomes what the next build looks up, in every memo at once.</summary>
    private void Commit()
    {
        _contentRenderer = _nextContentRenderer ?? _contentRenderer;
        _texts.Commit();
        _images.Commit();
        _parses.Commit();
        _qrCodes.Commit();
        _generated.Commit();
        _pages.Commit();
    }

    /// <summary>Drops what an unfinished build kept, in every memo.</summary>
    private void Discard()
    {
        _nextContentRenderer = null;
        _texts.Discard();
        _images.Discard();
        _parses.Discard();
        _qrCodes.Discard();
        _generated.Discard();
        _pages.Discard();
    }

    private sealed class Generation(BuildCache cache) : IDisposable
    {
        public void Dispose() => cache.Commit();
    }
}
