using System.Diagnostics;
using HamstringBack.Core.Admin;
using HamstringBack.Core.Assemble;
using HamstringBack.Core.Caching;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Figures;
using HamstringBack.Core.Load;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;
using HamstringBack.Core.Write;

namespace HamstringBack.Core;

/// <summary>
/// Builds the site, as a short list of stages, like Zola's <c>Site::build()</c>:
/// read → theme strings → parse (Markdown straight to HTML) → assemble → check links between pages → theme
/// → plan pages → render them → write → search index → offline manifest → swap into the output folder.
/// The input is checked before the theme's templates, scripts and files are loaded: a build whose input has an
/// error reports it without loading them (issue 13), and the theme's own errors once the input has none.
/// Without <see cref="BuildOptions.Output"/> (tests, `check`, `preview`) the last stages write nothing and the
/// result keeps every file; `build` gives an output folder and a search indexer (pagefind).
/// </summary>
public sealed class SiteBuilder
{
    private readonly List<StageTiming> _timings = [];

    /// <summary>Called with each stage's name as it starts, for progress display.</summary>
    public Action<string>? StageStarted { get; init; }

    /// <summary>
    /// Called once every page is planned, before any is rendered, with a site that renders any one page at once:
    /// `preview` serves the pages being viewed from it first (issue 16). The build goes on when it returns.
    /// </summary>
    public Action<PlannedSite>? Planned { get; init; }

    private readonly IBuildCache _cache = PassThroughCache.Instance;

    /// <summary>
    /// What earlier builds of the same input made, to reuse what is unchanged (`preview` keeps one); the files and
    /// diagnostics are the same as without it. Null (the default) builds everything afresh.
    /// </summary>
    public BuildCache? Cache
    {
        get => _cache as BuildCache;
        init => _cache = value ?? (IBuildCache)PassThroughCache.Instance;
    }

    /// <summary>
    /// Builds everything and, given <see cref="BuildOptions.Output"/>, writes it there; on any error the result has no
    /// files, lists every problem found, and the previous output is as it was.
    /// </summary>
    public BuildResult Build(BuildOptions options)
    {
        // Only a build that runs to its end (with or without errors) leaves what it used for the next one; one
        // stopped by an exception (`preview` cancels a build that a newer change makes useless) leaves nothing.
        var generation = _cache.StartBuild();
        var result = Stages(options);
        generation.Dispose();
        return result;
    }

    private BuildResult Stages(BuildOptions options)
    {
        using var writer = OpenWriter(options.Output);
        var diagnostics = new DiagnosticBag();
        if (!CheckFolders(options, diagnostics))
        {
            return Fail(diagnostics, writer);
        }

        var (model, strings) = Load(options, diagnostics);
        if (model is null || strings is null)
        {
            return Fail(diagnostics, writer);
        }

        CollectTheInput();

        var urls = new SiteUrls(model.Settings);
        var planner = new PagePlanner(model, urls, strings, _cache.QrCode);
        var links = Stage("links", () => CrossPageLinks.Check(model, planner.Paths(), diagnostics));
        var theme = diagnostics.HasErrors ? null : Stage("theme", () => _cache.Theme(options.ThemeDir, options.ThemeDisplay, strings, diagnostics));
        if (theme is null || diagnostics.HasErrors)
        {
            return Fail(diagnostics, writer);
        }

        var exercises = Views(planner, model, urls, theme, links);
        var (plans, renderer) = Stage("plan", () => Plan(planner, exercises, model, urls, theme, writer.Staging, _cache.RecordsReads, options.Parallel));

        var pages = Stage("render", () => _cache.Pages(plans, theme, model, renderer, todo => renderer.Render(todo, diagnostics, options.Parallel, options.MaxSiteBytes)));
        if (diagnostics.HasErrors)
        {
            return Fail(diagnostics, writer);
        }

        var files = pages.Concat(OtherFiles(plans, urls, theme, model)).Concat(AdminFiles(theme, model, options)).ToList();
        return Publish(files, writer) is { } manifest ? Succeed(files.Append(manifest), plans, model, options, diagnostics, writer) : Fail(diagnostics, writer);
    }


    /// <summary>
    /// Without a cache (a plain `build`) the input's text, about 100 MB at 10,000 pages and read into the oldest
    /// generation, is garbage once the model is assembled: a full collection then frees it before planning and
    /// rendering add theirs, not at render's first full collection (issue 16: peak RSS 270-276 -> 248-252 MB, CPU no
    /// higher). A cache keeps the text, and `preview` should not pause for a collection that frees nothing.
    /// </summary>
    private void CollectTheInput()
    {
        if (Cache is null)
        {
            GC.Collect();
        }
    }

    /// <summary>The exercises' views; then, for the preview (<see cref="Planned"/>), the site planned lazily so it can serve the pages being viewed first.</summary>
    private List<ExerciseView> Views(PagePlanner planner, SiteModel model, SiteUrls urls, Theme theme, LinkTargets links)
    {
        var exercises = Stage("views", () => model.Exercises.Select(e => ExerciseViewFactory.Create(e, model, urls, new ExerciseWords(theme.Strings))).ToList());
        if (Planned is not null)
        {
            Stage("planned", () => Planned(new PlannedSite(theme, model, urls, exercises, _cache.QrCode, links)));
        }

        return exercises;
    }

    /// <summary>The last stages: write, search index, offline manifest, swap. The manifest when the output was swapped in.</summary>
    private OutputFile? Publish(List<OutputFile> files, ISiteWriter writer)
    {
        Stage("write", () => writer.Write(files));
        var index = Stage("search", writer.Index);
        var manifest = Stage("offline", () => _cache.OfflineManifest([.. files, .. index]));
        return Stage("swap", () => writer.Swap(manifest)) ? manifest : null;
    }

    /// <summary>
    /// The stages before the site model: read, the theme's strings (the Markdown's dose words are the theme's),
    /// parse, assemble. A method of its own so that the input's text (about 100 MB at 10,000 pages) is garbage once
    /// parsed instead of being held by <see cref="Build"/>'s lambdas until the end of the build (issue 16: peak memory).
    /// </summary>
    private (SiteModel? Model, ThemeStrings? Strings) Load(BuildOptions options, DiagnosticBag diagnostics)
    {
        var input = Stage("read", () => new InputReader(options.InputDir, options.InputDisplay, diagnostics, _cache) { Parallelism = options.Parallel }.Read());
        var strings = Stage("strings", () => _cache.ThemeStrings(options.ThemeDir, options.ThemeDisplay, diagnostics));
        var content = Stage("parse", () => ContentParser.Parse(input, options.BaseUrl, diagnostics, options.Parallel, options.KeepSyntaxTrees, strings, _cache));
        return (Stage("assemble", () => SiteAssembler.Assemble(content, diagnostics)), strings);
    }

    /// <summary>
    /// The plan of every page, and the renderer that renders them (into <paramref name="staging"/> when there is one,
    /// noting what each page read when <paramref name="recordReads"/>).
    /// </summary>
    private static (IReadOnlyList<PagePlan> Plans, PageRenderer Renderer) Plan(PagePlanner planner, IReadOnlyList<ExerciseView> exercises, SiteModel model, SiteUrls urls,
        Theme theme, StagingFolder? staging, bool recordReads, ParallelOptions parallel)
    {
        return (planner.Plan(exercises, parallel), new PageRenderer(theme, model, urls, exercises) { Staging = staging, RecordReads = recordReads });
    }

    /// <summary>Writes into the output folder when there is one; otherwise keeps every file in the result.</summary>
    private static ISiteWriter OpenWriter(Write.SiteOutput? output) =>
        output is null ? InMemoryWriter.Instance : Write.SiteWriter.Open(output);

    private static bool CheckFolders(BuildOptions options, DiagnosticBag diagnostics) =>
        CheckFolder(options.InputDir, options.InputDisplay, "input", diagnostics) &
        CheckFolder(options.ThemeDir, options.ThemeDisplay, "theme", diagnostics);

    /// <summary>Every file besides the pages: sitemap and robots.txt, the theme's files, the images and the exercises' pictures.</summary>
    private IEnumerable<OutputFile> OtherFiles(IReadOnlyList<PagePlan> plans, SiteUrls urls, Theme theme, SiteModel model) =>
        _cache.SiteFiles(plans, urls)
            .Concat(theme.Files)
            .Concat(model.Images.Select(i => new OutputFile(SiteUrls.Image(i.Name), i.Content)))
            .Concat(ExerciseFigures.Files(model).Select(_cache.Reuse));

    /// <summary>The browser editor at /admin/ (issue 18): not a page for readers, so outside the offline manifest.</summary>
    private IEnumerable<OutputFile> AdminFiles(Theme theme, SiteModel model, BuildOptions options) =>
        AdminSite.Files(theme, model.Settings, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.InputDir))))
            .Select(_cache.Reuse);

    private static bool CheckFolder(string path, string display, string what, DiagnosticBag diagnostics)
    {
        if (File.Exists(path))
        {
            diagnostics.Add(Errors.FolderIsFile(display, what));
            return false;
        }

        if (!Directory.Exists(path))
        {
            diagnostics.Add(Errors.FolderMissing(display, what));
            return false;
        }

        return true;
    }

    private T Stage<T>(string name, Func<T> run)
    {
        StageStarted?.Invoke(name);
        var watch = Stopwatch.StartNew();
        var result = run();
        _timings.Add(new StageTiming(name, watch.Elapsed));
        return result;
    }

    private void Stage(string name, Action run) => Stage(name, () =>
    {
        run();
        return true;
    });

    // The content's diagnostics come sorted, then what writing found, in the order it was found.
    private BuildResult Succeed(IEnumerable<OutputFile> files, IReadOnlyList<PagePlan> plans, SiteModel model, BuildOptions options, DiagnosticBag diagnostics,
        ISiteWriter writer) =>
        new([.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], [.. diagnostics.ToSortedList(), .. writer.Problems], _timings.ToList())
        {
            Model = model,
            PageSources = PageSources.Map(plans, model, options.ThemeDisplay),
        };

    private BuildResult Fail(DiagnosticBag diagnostics, ISiteWriter writer) =>
        new([], [.. diagnostics.ToSortedList(), .. writer.Problems], _timings.ToList()) { OutputRefused = writer.Refusal };
}
