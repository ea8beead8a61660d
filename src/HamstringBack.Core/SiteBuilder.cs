using System.Diagnostics;
using HamstringBack.Core.Admin;
using HamstringBack.Core.Assemble;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Figures;
using HamstringBack.Core.Load;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core;

/// <summary>
/// Builds the site in memory, as a short list of stages:
/// read → parse (Markdown straight to HTML) → assemble → check links between pages → plan and render pages
/// → site files → offline manifest → the browser editor (/admin/).
/// Writing to disk is a separate step (<see cref="Write.SiteWriter"/>), so tests can build without touching disk.
/// </summary>
public sealed class SiteBuilder
{
    private readonly List<StageTiming> _timings = [];

    /// <summary>Called with each stage's name as it starts, for progress display.</summary>
    public Action<string>? StageStarted { get; init; }

    /// <summary>
    /// What earlier builds of the same input made, to reuse what is unchanged (`preview` keeps one); the files and
    /// diagnostics are the same as without it. Null (the default) builds everything afresh.
    /// </summary>
    public BuildCache? Cache { get; init; }

    /// <summary>Builds everything; on any error the result has no files and lists every problem found.</summary>
    public BuildResult Build(BuildOptions options)
    {
        Cache?.StartBuild();
        var diagnostics = new DiagnosticBag();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism };
        if (!CheckFolder(options.InputDir, options.InputDisplay, "input", diagnostics) |
            !CheckFolder(options.ThemeDir, options.ThemeDisplay, "theme", diagnostics))
        {
            return Fail(diagnostics);
        }

        var input = Stage("read", () => new InputReader(options.InputDir, options.InputDisplay, diagnostics, Cache).Read());
        var theme = Stage("theme", () => Cache is null
            ? ThemeLoader.Load(options.ThemeDir, options.ThemeDisplay, diagnostics)
            : Cache.Theme.Load(options.ThemeDir, options.ThemeDisplay, diagnostics));
        var content = Stage("parse", () => ContentParser.Parse(input, options.BaseUrl, diagnostics, parallel, options.KeepSyntaxTrees, Cache));
        var model = Stage("assemble", () => SiteAssembler.Assemble(content, diagnostics));
        if (model is null || theme is null)
        {
            return Fail(diagnostics);
        }

        var urls = new SiteUrls(model.Settings);
        var planner = new PagePlanner(model, urls, Cache is null ? null : Cache.QrCode);
        Stage("links", () => CrossPageLinks.Check(model, planner.Paths().ToHashSet(StringComparer.Ordinal), diagnostics));
        if (diagnostics.HasErrors)
        {
            return Fail(diagnostics);
        }

        var exercises = model.Exercises.Select(e => ExerciseViewFactory.Create(e, model, urls)).ToList();
        var plans = planner.Plan(exercises);
        var renderer = new PageRenderer(theme, model, urls, exercises);
        var pages = Stage("render", () => Cache is null
            ? renderer.Render(plans, diagnostics, parallel, options.MaxSiteBytes)
            : Cache.Pages.Render(plans, theme, model, todo => renderer.Render(todo, diagnostics, parallel, options.MaxSiteBytes)));
        if (diagnostics.HasErrors)
        {
            return Fail(diagnostics);
        }

        var files = pages
            .Concat(Cache is null ? SiteFilesRenderer.Render(plans, urls) : Cache.SiteFiles(plans, urls))
            .Concat(theme.Files)
            .Concat(model.Images.Select(i => new OutputFile(SiteUrls.Image(i.Name), i.Content)))
            .Concat(ExerciseFigures.Files(model).Select(f => Cache is null ? f : Cache.Reuse(f)))
            .ToList();
        var manifest = Stage("offline", () => ServiceWorkerManifest.Render(files, Cache is null ? null : Cache.Hashes.Sha256));
        var admin = AdminSite.Files(theme, model.Settings, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.InputDir))))
            .Select(f => Cache is null ? f : Cache.Reuse(f));
        files = files.Append(manifest).Concat(admin).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new BuildResult(files, diagnostics.ToSortedList(), _timings.ToList())
        {
            Model = model,
            PageSources = PageSources.Map(plans, model, options.ThemeDisplay),
        };
    }

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

    private BuildResult Fail(DiagnosticBag diagnostics) => new([], diagnostics.ToSortedList(), _timings.ToList());
}
