using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;

namespace HamstringBack.Core.Caching;

/// <summary>The cache of a plain build: remembers nothing, makes everything afresh.</summary>
internal sealed class PassThroughCache : IBuildCache
{
    public static readonly PassThroughCache Instance = new();

    private PassThroughCache()
    {
    }

    public IDisposable StartBuild() => NoGeneration.Instance;

    public SourceFile? UnchangedText(string relative) => null;

    public SourceFile? RememberedText(string relative, FileInfo info) => null;

    public ImageFile? RememberedImage(string relative, FileInfo info) => null;

    public SourceFile Remember(string relative, FileInfo info, SourceFile file) => file;

    public ImageFile Remember(string relative, FileInfo info, ImageFile file) => file;

    public ThemeStrings? ThemeStrings(string root, string displayRoot, DiagnosticBag diagnostics) =>
        ThemeLoader.Strings(root, displayRoot, diagnostics);

    public Theme? Theme(string root, string displayRoot, ThemeStrings? strings, DiagnosticBag diagnostics) =>
        ThemeLoader.Load(root, displayRoot, strings, diagnostics);

    public T Parsed<T>(SourceFile file, string variant, DiagnosticBag diagnostics, Func<DiagnosticBag, T> parse) =>
        parse(diagnostics);

    public string MarkdownVariant(SiteSettings? settings, InputSet input, bool keepSyntax, ThemeStrings? strings, ContentRenderer? renderer) => string.Empty;

    public RawHtml QrCode(string text) => QrCodeMaker.Svg(text);

    public bool RecordsReads => false;

    public IReadOnlyList<OutputFile> Pages(
        IReadOnlyList<PagePlan> plans,
        Theme theme,
        SiteModel model,
        PageRenderer renderer,
        Func<IReadOnlyList<PagePlan>, IReadOnlyList<OutputFile>> render) => render(plans);

    public IReadOnlyList<OutputFile> SiteFiles(IReadOnlyList<PagePlan> plans, SiteUrls urls) =>
        SiteFilesRenderer.Render(plans, urls);

    public OutputFile Reuse(OutputFile file) => file;

    public OutputFile OfflineManifest(IReadOnlyList<OutputFile> files) => ServiceWorkerManifest.Render(files);

    private sealed class NoGeneration : IDisposable
    {
        public static readonly NoGeneration Instance = new();

        public void Dispose()
        {
        }
    }
}
