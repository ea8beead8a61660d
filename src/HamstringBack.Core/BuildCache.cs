using HamstringBack.Core.Caching;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;

namespace HamstringBack.Core;

/// <summary>
/// What the previous build made, for a <see cref="SiteBuilder"/> to reuse (set <see cref="SiteBuilder.Cache"/>):
/// files whose length and write time are unchanged; parsed files (with their rendered Markdown) whose text, and
/// what their links are rendered with, are unchanged; rendered pages whose inputs are all the same objects.
/// A build with a cache gives the same files and diagnostics as a fresh one. One cache serves one input and theme, one build at a time
/// (`preview` keeps one for its session); it holds about one build's worth, however many builds it serves.
/// </summary>
public sealed class BuildCache
{
    private readonly Memo<string, ParseEntry> _parses = new(StringComparer.Ordinal);
    private readonly Memo<string, RawHtml> _qrCodes = new(StringComparer.Ordinal);
    private readonly Memo<string, byte[]> _generated = new(StringComparer.Ordinal);
    private string? _siteFilesKey;
    private IReadOnlyList<OutputFile> _siteFiles = [];
    private int _filesRead;
    private int _filesParsed;

    /// <summary>How many input files the latest build read from disk (the others were unchanged).</summary>
    public int FilesRead => _filesRead;

    /// <summary>How many input files the latest build parsed (the others had the same text as before).</summary>
    public int FilesParsed => _filesParsed;

    /// <summary>How many pages the latest build rendered with the theme's templates.</summary>
    public int PagesRendered => Pages.Rendered;

    internal Memo<string, ReadEntry> Reads { get; } = new(StringComparer.Ordinal);

    internal ThemeMemo Theme { get; } = new();

    internal PageMemo Pages { get; } = new();

    internal ContentHashes Hashes { get; } = new();

    internal void StartBuild()
    {
        _qrCodes.Commit();
        _generated.Commit();
        _filesRead = 0;
        _filesParsed = 0;
    }

    internal void CountRead() => Interlocked.Increment(ref _filesRead);

    /// <summary>
    /// What <paramref name="parse"/> gives for <paramref name="file"/>, from the previous build when the file (path and
    /// text) is the same; its diagnostics are reported again either way. <paramref name="variant"/> names any other input.
    /// </summary>
    internal object? Parsed(SourceFile file, string variant, DiagnosticBag diagnostics, Func<DiagnosticBag, object?> parse)
    {
        var key = Key(file.RelativePath, variant);
        if (!_parses.TryGet(key, out var entry) || entry.File != file)
        {
            var own = new DiagnosticBag();
            entry = new ParseEntry(file, parse(own), own.ToSortedList());
            Interlocked.Increment(ref _filesParsed);
        }

        _parses.Keep(key, entry);
        diagnostics.AddRange(entry.Diagnostics);
        return entry.Result;
    }

    /// <summary>
    /// <paramref name="file"/> with the previous build's bytes when they are the same, so a generated file that did
    /// not change (an exercise's link-preview picture) is not written again.
    /// </summary>
    internal OutputFile Reuse(OutputFile file)
    {
        if (_generated.TryGet(file.Path, out var old) && old.AsSpan().SequenceEqual(file.Content))
        {
            file = file with { Content = old };
        }

        _generated.Keep(file.Path, file.Content);
        return file;
    }

    /// <summary>The QR code of <paramref name="text"/>, made again only when the previous build did not make it.</summary>
    internal RawHtml QrCode(string text)
    {
        if (!_qrCodes.TryGet(text, out var svg))
        {
            svg = QrCodeMaker.Svg(text);
        }

        _qrCodes.Keep(text, svg);
        return svg;
    }

    /// <summary>sitemap.xml and robots.txt, the same objects as last time when no page's entry changed.</summary>
    internal IReadOnlyList<OutputFile> SiteFiles(IReadOnlyList<PagePlan> plans, SiteUrls urls)
    {
        var key = string.Join('\n', plans.Select(p => $"{p.InSitemap}|{p.Page.Path}|{p.Page.CanonicalUrl}|{p.LastModified}")) + urls.Absolute(string.Empty);
        if (key != _siteFilesKey)
        {
            _siteFiles = SiteFilesRenderer.Render(plans, urls);
            _siteFilesKey = key;
        }

        return _siteFiles;
    }

    internal void EndParse() => _parses.Commit();

    private static string Key(string relativePath, string variant) => relativePath + "\n" + variant;
}
