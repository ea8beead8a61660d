using System.Diagnostics;
using HamstringBack.Core.Assemble;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core;

/// <summary>
/// Builds the site in memory, as a short list of stages:
/// read → parse → assemble → render Markdown → plan and render pages → site files → offline manifest.
/// Writing to disk is a separate step (<see cref="Write.SiteWriter"/>), so tests can build without touching disk.
/// </summary>
public sealed class SiteBuilder
{
    private readonly List<StageTiming> _timings = [];

    /// <summary>Called with each stage's name as it starts, for progress display.</summary>
    public Action<string>? StageStarted { get; init; }

    /// <summary>Builds everything; on any error the result has no files and lists every problem found.</summary>
    public BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism };
        if (!CheckFolder(options.InputDir, options.InputDisplay, "input", diagnostics) |
            !CheckFolder(options.ThemeDir, options.ThemeDisplay, "theme", diagnostics))
        {
            return Fail(diagnostics);
        }

        var input = Stage("read", () => new InputReader(options.InputDir, options.InputDisplay, diagnostics).Read());
        var theme = Stage("theme", () => ThemeLoader.Load(options.ThemeDir, options.ThemeDisplay, diagnostics));
        var content = Stage("parse", () => ContentParser.Parse(input, options.BaseUrl, diagnostics, parallel));
        var model = Stage("assemble", () => SiteAssembler.Assemble(content, diagnostics));
        if (model is null || theme is null)
        {
            return Fail(diagnostics);
        }

        var urls = new SiteUrls(model.Settings);
        var planner = new PagePlanner(model, urls);
        var rendered = Stage("markdown", () => RenderMarkdown(model, urls, planner, diagnostics, parallel));
        if (diagnostics.HasErrors)
        {
            return Fail(diagnostics);
        }

        var plans = planner.Plan(rendered);
        var exercises = model.Exercises.Select(e => ExerciseViewFactory.Create(e, model, urls)).ToList();
        var pages = Stage("render", () => new PageRenderer(theme, model, urls, exercises).Render(plans, diagnostics, parallel));
        if (diagnostics.HasErrors)
        {
            return Fail(diagnostics);
        }

        var files = pages
            .Concat(SiteFilesRenderer.Render(plans, urls))
            .Concat(theme.Files)
            .Concat(model.Images.Select(i => new OutputFile(SiteUrls.Image(i.Name), i.Content)))
            .ToList();
        var manifest = Stage("offline", () => ServiceWorkerManifest.Render(files));
        files = files.Append(manifest).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new BuildResult(files, diagnostics.ToSortedList(), _timings.ToList())
        {
            Model = model,
            PageSources = PageSources.Map(plans, model, options.ThemeDisplay),
        };
    }

    private static Dictionary<Section, RenderedContent> RenderMarkdown(SiteModel model, SiteUrls urls, PagePlanner planner, DiagnosticBag diagnostics, ParallelOptions parallel)
    {
        var all = new[] { model.Home }.Concat(model.Sections).Concat(model.Pages).ToList();
        var targets = all.ToDictionary(s => s.RelativePath, s => new LinkTarget(SiteUrls.Section(s), ContentRenderer.HeadingIds(s.Body)), StringComparer.Ordinal);
        foreach (var exercise in model.Exercises)
        {
            targets[$"exercises/{exercise.Id}.yml"] = new LinkTarget(SiteUrls.Exercise(exercise.Id), ExercisePageAnchors.All);
        }

        var sitePaths = planner.Paths().ToHashSet(StringComparer.Ordinal);
        var images = model.Images.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var renderer = new ContentRenderer(urls, targets, sitePaths, images);
        var results = new RenderedContent[all.Count];
        Parallel.For(0, all.Count, parallel, i => results[i] = renderer.Render(all[i], diagnostics));
        return results.ToDictionary(r => r.Section);
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

    private BuildResult Fail(DiagnosticBag diagnostics) => new([], diagnostics.ToSortedList(), _timings.ToList());
}
