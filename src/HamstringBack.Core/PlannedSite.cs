using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core;

/// <summary>
/// A build's site once its pages are planned, before any is rendered (<see cref="SiteBuilder.Planned"/>): any one
/// page can be rendered from it at once, as the whole build would render it. `preview` renders the pages a reader
/// is looking at first, and any other page asked for before the build has rendered it (issue 16). Safe to use
/// from several threads, also while the build goes on.
/// </summary>
public sealed class PlannedSite
{
    private readonly Dictionary<string, PagePlan> _plans = new(StringComparer.Ordinal);
    private readonly IEnumerator<PagePlan> _planning;
    private readonly PageRenderer _renderer;

    /// <param name="plans">The pages, planned as they are enumerated (<see cref="PagePlanner.Lazily"/>): only as far as the pages asked for.</param>
    internal PlannedSite(IEnumerable<PagePlan> plans, Theme theme, SiteModel model, SiteUrls urls, IReadOnlyList<ExerciseView> exercises)
    {
        _planning = plans.GetEnumerator();

        // A renderer of its own: the build's notes what each page reads for the page memo, and must not see these.
        _renderer = new PageRenderer(theme, model, urls, exercises);
        Assets = [.. theme.Files, .. model.Images.Select(i => new OutputFile(SiteUrls.Image(i.Name), i.Content))];
    }

    /// <summary>The theme's files and the images: what a page links to besides other pages (a stylesheet edited).</summary>
    public IReadOnlyList<OutputFile> Assets { get; }

    /// <summary>The page at <paramref name="outputPath"/> ("stretching/index.html"), or null when there is none or its template failed (the build reports why).</summary>
    public OutputFile? Render(string outputPath) =>
        Plan(outputPath) is { } plan ? _renderer.Render([plan], new DiagnosticBag()).SingleOrDefault() : null;

    /// <summary>The plan of the page at <paramref name="outputPath"/>, planning the pages before it that are not planned yet.</summary>
    private PagePlan? Plan(string outputPath)
    {
        lock (_plans)
        {
            while (!_plans.ContainsKey(outputPath) && _planning.MoveNext())
            {
                _plans.TryAdd(_planning.Current.OutputPath, _planning.Current);
            }

            return _plans.GetValueOrDefault(outputPath);
        }
    }
}
