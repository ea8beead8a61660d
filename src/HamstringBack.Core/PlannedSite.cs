using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Markdown;
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
    private readonly SiteUrls _urls;
    private readonly IReadOnlyList<ExerciseView> _exercises;
    private readonly Func<string, RawHtml>? _qrCodes;

    /// <param name="qrCodes">Makes the cards' QR codes, as the build does (<see cref="PagePlanner"/>).</param>
    /// <param name="links">What the build's link stage checked the links against.</param>
    internal PlannedSite(Theme theme, SiteModel model, SiteUrls urls, IReadOnlyList<ExerciseView> exercises, Func<string, RawHtml>? qrCodes, LinkTargets links)
        // A renderer of its own: the build's notes what each page reads for the page memo, and must not see these.
        : this(theme, model, urls, exercises, qrCodes, links, new PageRenderer(theme, model, urls, exercises))
    {
    }

    private PlannedSite(Theme theme, SiteModel model, SiteUrls urls, IReadOnlyList<ExerciseView> exercises, Func<string, RawHtml>? qrCodes, LinkTargets links,
        PageRenderer renderer)
    {
        // The pages are planned as they are enumerated (PagePlanner.Lazily): only as far as the pages asked for.
        _planning = new PagePlanner(model, urls, theme.Strings, qrCodes).Lazily(exercises).GetEnumerator();
        (Theme, Model, _urls, _exercises, _qrCodes, Links, _renderer) = (theme, model, urls, exercises, qrCodes, links, renderer);
        Assets = [.. theme.Files, .. model.Images.Select(i => new OutputFile(SiteUrls.Image(i.Name), i.Content))];
    }

    /// <summary>The theme's files and the images: what a page links to besides other pages (a stylesheet edited).</summary>
    public IReadOnlyList<OutputFile> Assets { get; }

    /// <summary>The site model the pages are planned from.</summary>
    internal SiteModel Model { get; }

    /// <summary>The theme the pages are rendered with.</summary>
    internal Theme Theme { get; }

    /// <summary>The pages and headings links may lead to, as the link stage found them (with an edited body's headings, issue 16).</summary>
    internal LinkTargets Links { get; }

    /// <summary>The page at <paramref name="outputPath"/> ("stretching/index.html"), or null when there is none or its template failed (the build reports why).</summary>
    public OutputFile? Render(string outputPath) =>
        Plan(outputPath) is { } plan ? _renderer.Render([plan], new DiagnosticBag()).SingleOrDefault() : null;

    /// <summary>
    /// The same site with <paramref name="replacement"/> in place of the content page <paramref name="old"/> whose
    /// front matter is the same (a body edit, issue 16): planned again from the patched model, rendered with this
    /// site's renderer, warm, whose menus and shared values are made from front matter only; its links may lead to
    /// the replacement's headings.
    /// </summary>
    internal PlannedSite WithPage(Section old, Section replacement) =>
        new(Theme, Model.WithPage(old, replacement), _urls, _exercises, _qrCodes, Links.WithHeadings(old.RelativePath, replacement.Content.HeadingIds), _renderer);

    /// <summary>
    /// The same site rendered with <paramref name="theme"/>, whose strings are the same (a template or asset edited,
    /// issue 16): the same plans, a renderer of the new theme.
    /// </summary>
    internal PlannedSite WithTheme(Theme theme) => new(theme, Model, _urls, _exercises, _qrCodes, Links);

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
