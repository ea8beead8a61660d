using System.Collections.Concurrent;
using System.Text;
using HamstringBack.Core.Caching;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render.Checklist;
using HamstringBack.Core.Render.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HamstringBack.Core.Render;

/// <summary>
/// Stage 6: renders each planned page with its template inside the layout, in parallel. Everything a
/// template writes is HTML-escaped unless it is <see cref="RawHtml"/>.
/// </summary>
public sealed class PageRenderer
{
    private const int MaxPartialDepth = 16;

    /// <summary>
    /// Most characters of HTML one page may have; a longer page is refused with an error. (Scriban's own default
    /// limit, 1 MiB, cut longer pages off with "..." and no error: issue 12.)
    /// </summary>
    public const int MaxPageCharacters = 64 * 1024 * 1024;

    /// <summary>Scriban's own limits, a backstop for templates that make huge strings: they fail rather than cut.</summary>
    private const int TemplateStringLimit = 4 * MaxPageCharacters;

    private readonly Theme _theme;
    private readonly SiteModel _model;
    private readonly SiteUrls _urls;
    private readonly ScriptObject _builtins = HtmlTemplateContext.ReadOnlyBuiltins();
    private readonly ConcurrentDictionary<Type, IObjectAccessor> _accessors = new();
    private readonly ConcurrentBag<HtmlTemplateContext> _spareContexts = [];
    private readonly ScriptObject _shared;
    private readonly NavLink[] _nav;
    private readonly NavLink[][] _children;
    private readonly Dictionary<string, (int Top, int Child)> _navIndex;

    public PageRenderer(Theme theme, SiteModel model, SiteUrls urls, IReadOnlyList<ExerciseView> exercises)
    {
        _theme = theme;
        _model = model;
        _urls = urls;
        _shared = SharedGlobals(exercises);
        var top = model.Tree.Top;
        _nav = top.Select(e => new NavLink(e.Title, urls.Link(e.Path), false, e.Summary)).ToArray();
        _children = top.Select(e => e.Children.Select(s => new NavLink(s.Title, urls.Link(SiteUrls.Section(s)), false, s.Summary)).ToArray()).ToArray();
        _navIndex = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < top.Count; i++)
        {
            if (top[i].Page is { } page)
            {
                _navIndex[SiteUrls.Section(page)] = (i, -1);
            }

            for (var j = 0; j < top[i].Children.Count; j++)
            {
                _navIndex[SiteUrls.Section(top[i].Children[j])] = (i, j);
            }
        }
    }

    /// <summary>Where each page is written as soon as it is rendered (`build`), instead of being kept in memory; null keeps them.</summary>
    public Write.StagingFolder? Staging { get; init; }

    /// <summary>What each page rendered read, by output path (issue 13), when <see cref="RecordReads"/>; otherwise null.</summary>
    internal ConcurrentDictionary<string, PageReads>? Reads { get; private init; }

    /// <summary>Whether to note what each page's templates read, for the preview's page memo.</summary>
    internal bool RecordReads
    {
        get => Reads is not null;
        init => Reads = value ? new ConcurrentDictionary<string, PageReads>(StringComparer.Ordinal) : null;
    }

    /// <summary>The globals every page sees (site, exercises, strings, functions...).</summary>
    internal ScriptObject Shared => _shared;

    /// <summary>
    /// Renders every plan; pages whose template fails are reported and left out. Pages that would add up to more
    /// than <paramref name="maxSiteBytes"/> are an error and none is returned (<see cref="SiteSizeGuard"/>).
    /// </summary>
    /// <param name="parallel">How many pages to render at once; every core when null.</param>
    public IReadOnlyList<OutputFile> Render(
        IReadOnlyList<PagePlan> plans,
        DiagnosticBag diagnostics,
        ParallelOptions? parallel = null,
        long maxSiteBytes = SiteSizeGuard.MaxSiteBytes)
    {
        if (!HasTemplates(plans, diagnostics))
        {
            return [];
        }

        // Which file each page is made from only locates a page or site too large: mapped then, not for every call
        // (`preview` renders one page at a time from a site of 12,000, issue 16).
        var sources = new Lazy<IReadOnlyDictionary<string, string>>(() => PageSources.Map(plans, _model, _theme.DisplayRoot));
        var guard = new SiteSizeGuard(plans, sources, maxSiteBytes);
        var results = new OutputFile?[plans.Count];
        parallel ??= new ParallelOptions();
        if (RenderProbes(plans, sources, diagnostics, guard, results, parallel) is { } projected)
        {
            diagnostics.Add(projected);
            return [];
        }

        RenderTheRest(plans, sources, diagnostics, guard, results, parallel);
        if (guard.Exceeded)
        {
            diagnostics.Add(guard.Stopped(results));
            return [];
        }

        return results.OfType<OutputFile>().ToList();
    }

    /// <summary>Whether the theme has the layout and every template <paramref name="plans"/> name; reports each one missing.</summary>
    private bool HasTemplates(IReadOnlyList<PagePlan> plans, DiagnosticBag diagnostics)
    {
        if (!_theme.Templates.ContainsKey("layout"))
        {
            diagnostics.Add(Errors.TemplateMissing($"{_theme.DisplayRoot}/templates/layout.sbn"));
            return false;
        }

        var missing = plans.Select(p => p.Template).Distinct().Where(t => !_theme.Templates.ContainsKey(t)).ToList();
        foreach (var name in missing)
        {
            diagnostics.Add(Errors.TemplateMissing($"{_theme.DisplayRoot}/templates/{name}.sbn"));
        }

        return missing.Count == 0;
    }

    /// <summary>
    /// Renders the size guard's probes: those of the template with most pages first (a site far over the limit is
    /// mostly that template's pages, found after those few), then all the others at once (issue 16: one template's
    /// after another, each round waited for its longest page, the programme page's alone on one core), the templates
    /// with fewest pages (the long ones: programme, checklist, card sheets) first. The site's size is projected
    /// template by template in the guard's order, as if each template's probes had been rendered after the previous
    /// template's: the first projection over the limit is the error, as before.
    /// </summary>
    private Diagnostic? RenderProbes(IReadOnlyList<PagePlan> plans, Lazy<IReadOnlyDictionary<string, string>> sources, DiagnosticBag diagnostics,
        SiteSizeGuard guard, OutputFile?[] results, ParallelOptions parallel)
    {
        void RenderAll(IEnumerable<int> probes) =>
            // One page at a time to each thread, so a long page is never held back behind another in a thread's share.
            Parallel.ForEach(Partitioner.Create(probes.ToList(), EnumerablePartitionerOptions.NoBuffering), parallel,
                i => results[i] = RenderCounted(plans[i], sources, diagnostics, guard));

        RenderAll(guard.Probes.Take(1).SelectMany(p => p));
        if (guard.Project(results, templates: 1) is { } projected)
        {
            return projected;
        }

        RenderAll(guard.Probes.Skip(1).Reverse().SelectMany(p => p));
        return Enumerable.Range(2, Math.Max(guard.Probes.Count - 1, 0)).Select(templates => guard.Project(results, templates)).FirstOrDefault(d => d is not null);
    }

    /// <summary>Renders every page the size guard did not probe, stopping once the site is over its limit.</summary>
    private void RenderTheRest(IReadOnlyList<PagePlan> plans, Lazy<IReadOnlyDictionary<string, string>> sources, DiagnosticBag diagnostics,
        SiteSizeGuard guard, OutputFile?[] results, ParallelOptions parallel) =>
        Parallel.For(0, plans.Count, parallel, (i, loop) =>
        {
            if (!guard.IsProbe(i) && !guard.Exceeded)
            {
                results[i] = RenderCounted(plans[i], sources, diagnostics, guard);
            }

            if (guard.Exceeded)
            {
                loop.Stop();
            }
        });

    private OutputFile? RenderCounted(PagePlan plan, Lazy<IReadOnlyDictionary<string, string>> sources, DiagnosticBag diagnostics, SiteSizeGuard guard)
    {
        var page = RenderOne(plan, sources, diagnostics);
        if (page is not null)
        {
            guard.Add(page);
        }

        return page;
    }

    private OutputFile? RenderOne(PagePlan plan, Lazy<IReadOnlyDictionary<string, string>> sources, DiagnosticBag diagnostics)
    {
        try
        {
            if (Staging is not null && RenderStaged(plan, Staging, out var length) is { } staged)
            {
                return Checked(plan, length, sources, diagnostics) ? staged : null;
            }

            var html = _theme.Templates["layout"].Render(BodyRendered(plan));
            return Checked(plan, html.Length, sources, diagnostics) ? new OutputFile(plan.OutputPath, Encoding.UTF8.GetBytes(html)) : null;
        }
        catch (ScriptRuntimeException e)
        {
            var span = e.Span;
            diagnostics.Add(Errors.TemplateRuntime(new SourceLocation(span.FileName ?? _theme.DisplayRoot + "/templates", span.Start.Line + 1, span.Start.Column + 1), e.OriginalMessage));
            return null;
        }
    }

    /// <summary>A context for <paramref name="plan"/>'s page with its template rendered into <c>content</c>, for the layout.</summary>
    private HtmlTemplateContext BodyRendered(PagePlan plan)
    {
        var context = NewContext(plan);
        var body = _theme.Templates[plan.Template].Render(context);
        context.SetValue(new ScriptVariableGlobal("content"), new RawHtml(body));
        return context;
    }

    /// <summary>
    /// <see cref="BodyRendered"/> with <c>content</c> kept in chunks (issue 16: `build` writes the layout straight into
    /// the page's file, so a large body need never be one string; the bytes are the same).
    /// </summary>
    private HtmlTemplateContext BodyRenderedInChunks(PagePlan plan)
    {
        var context = NewContext(plan);
        var output = new ChunkedHtml.Output();
        context.PushOutput(output);
        try
        {
            _theme.Templates[plan.Template].Render(context);
        }
        finally
        {
            context.PopOutput();
        }

        context.SetValue(new ScriptVariableGlobal("content"), output.Html);
        return context;
    }

    /// <summary>
    /// Renders the page's layout straight into its file in <paramref name="staging"/> (issue 16: no page text is kept);
    /// null when the file could not be written, to render it again in memory for the writer to write and report.
    /// </summary>
    private OutputFile? RenderStaged(PagePlan plan, Write.StagingFolder staging, out long length)
    {
        var context = BodyRenderedInChunks(plan);
        using var output = new StagedPageOutput(staging, plan.OutputPath);
        context.PushOutput(output);
        try
        {
            _theme.Templates["layout"].Render(context);
        }
        finally
        {
            context.PopOutput();
        }

        var content = output.Finish();
        Reuse(context);
        length = output.Characters;
        return output.Failed ? null : new OutputFile(plan.OutputPath, []) { Staged = content };
    }

    /// <summary>Whether a page of <paramref name="length"/> characters is within <see cref="MaxPageCharacters"/>; reports it when not.</summary>
    private static bool Checked(PagePlan plan, long length, Lazy<IReadOnlyDictionary<string, string>> sources, DiagnosticBag diagnostics)
    {
        if (length <= MaxPageCharacters)
        {
            return true;
        }

        diagnostics.Add(Errors.PageTooLarge(SourceLocation.WholeFile(sources.Value[plan.OutputPath]), plan.Page.Path, (int)length, MaxPageCharacters));
        return false;
    }

    private HtmlTemplateContext NewContext(PagePlan plan) =>
        NewContext(PageGlobals(plan), Reads is null ? null : Reads[plan.OutputPath] = new PageReads());

    /// <summary>
    /// A context with the site-wide variables and <paramref name="globals"/> over them; what its templates read is
    /// noted in <paramref name="reads"/> when given (issue 13: the page memo).
    /// </summary>
    private HtmlTemplateContext NewContext(ScriptObject globals, PageReads? reads)
    {
        var context = reads is null && _spareContexts.TryTake(out var spare) ? spare : MadeContext(reads);
        context.PushGlobal(_shared);
        context.PushGlobal(globals);
        return context;
    }

    /// <summary>
    /// Takes back a context whose rendering succeeded, emptied with Scriban's own <c>Reset</c> (made "to be reused safely
    /// for another run"), for another page or <see cref="PartialEach"/> element: making one costs ~20 KB of garbage,
    /// several times a page (issue 16). A context that noted what it read (the preview's page memo) is not reused.
    /// </summary>
    private void Reuse(HtmlTemplateContext context)
    {
        if (context.Reads is not null)
        {
            return;
        }

        context.Reset();
        context.ResetPreviousNewLine();
        context.PartialDepth = 0;
        _spareContexts.Add(context);
    }

    private HtmlTemplateContext MadeContext(PageReads? reads) =>
        new(_builtins, _accessors)
        {
            StrictVariables = true,
            LoopLimit = 1_000_000,
            EnableRelaxedMemberAccess = false,
            LimitToString = TemplateStringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = TemplateStringLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            Reads = reads,
        };

    /// <summary>The globals of <paramref name="plan"/>'s page alone.</summary>
    internal ScriptObject PageGlobals(PagePlan plan) => PageGlobals(plan, Nav(plan.Page.Path));

    /// <summary>What <see cref="PageGlobals(PagePlan)"/> are made from, for the page memo: the menu by its parts, not a copy per page.</summary>
    internal ScriptObject PageInputs(PagePlan plan) =>
        PageGlobals(plan, _navIndex.TryGetValue(plan.Page.Path, out var at) ? new NavParts(_nav, _children, at.Top, at.Child) : new NavParts(_nav, _children, -1, -1));

    private static ScriptObject PageGlobals(PagePlan plan, object nav) => new RecordingGlobals
    {
        ["page"] = plan.Page,
        ["nav"] = nav,
        // A page template may set these (e.g. an exercise to its end frame): the layout's og:image and its
        // alt text, an absolute URL; left null, the layout uses the theme's site picture.
        ["og_image"] = null,
        ["og_image_alt"] = null,
    };

    /// <summary>
    /// The top-level section links, the current page's marked, and on a group's pages that group's sections under
    /// its entry (issue 16), so a page's menu does not grow with the site; built once, copied only for section pages.
    /// </summary>
    private IReadOnlyList<NavLink> Nav(string path)
    {
        if (!_navIndex.TryGetValue(path, out var current))
        {
            return _nav;
        }

        var nav = (NavLink[])_nav.Clone();
        var children = _children[current.Top];
        if (current.Child >= 0)
        {
            children = (NavLink[])children.Clone();
            children[current.Child] = children[current.Child] with { Current = true };
        }

        nav[current.Top] = nav[current.Top] with { Current = current.Child < 0, Children = children };
        return nav;
    }

    /// <summary>What <see cref="Nav"/> makes a page's menu from (the current entry's indexes; -1, -1 for none).</summary>
    private sealed record NavParts(NavLink[] Top, NavLink[][] Children, int TopIndex, int ChildIndex) : IMadeFrom
    {
        public IEnumerable<object?> Parts => [Top, Children, TopIndex, ChildIndex];
    }

    private ScriptObject SharedGlobals(IReadOnlyList<ExerciseView> exercises)
    {
        var byId = exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var routine = _model.Routine.ExerciseIds.Select(id => byId[id]).ToList();
        var others = exercises.Except(routine).ToList();
        var globals = new RecordingGlobals
        {
            ["site"] = _model.Settings,
            ["exercises"] = exercises,
            ["routine"] = routine,
            ["routine_data"] = ChecklistData.Json(_model.Routine.Title, routine, _urls.Link(SiteUrls.Checklist), others, _theme.Strings),
            ["routine_only_data"] = ChecklistData.RoutineOnly(_model.Routine.Title, routine, _urls.Link(SiteUrls.Checklist), others.Count > 0, _theme.Strings),
            ["routine_title"] = _model.Routine.Title,
            ["pages"] = _model.Pages.Select(p => new NavLink(p.Title, _urls.Link(SiteUrls.Section(p)), false, p.Summary)).ToList(),
            ["home_url"] = _urls.Link(SiteUrls.Home),
            ["exercises_url"] = _urls.Link(SiteUrls.ExercisesIndex),
            ["checklist_url"] = _urls.Link(SiteUrls.Checklist),
            ["cards_url"] = _urls.Link(SiteUrls.Cards),
            ["search_url"] = _urls.Link(SiteUrls.Search),
            ["warning_signs"] = _model.WarningSigns.Html,
            ["warning_line"] = _model.WarningLine.Html,
            ["strings"] = _theme.Strings.ForTemplates(),
        };
        globals["link"] = new TemplateFunction("link", (_, path) => _urls.Link(path));
        globals["absolute"] = new TemplateFunction("absolute", (_, path) => _urls.Absolute(path));
        globals["asset"] = new TemplateFunction("asset", (_, name) => Asset(name));
        globals["partial"] = new TemplateFunction("partial", (Func<TemplateContext, ScriptNode?, string, object>)Partial);
        globals["partial_each"] = new PartialEach(PartialTemplate, NewContext, Reuse, MaxPartialDepth);
        return globals;
    }

    private string Asset(string name) =>
        _theme.AssetUrls.TryGetValue(name, out var path)
            ? _urls.Link(path)
            : throw new ScriptRuntimeException(default, $"there is no asset '{name}' in {_theme.DisplayRoot}/assets/");

    private Template PartialTemplate(TemplateContext context, string name) =>
        _theme.Templates.TryGetValue("partials/" + name, out var template)
            ? template
            : throw new ScriptRuntimeException(context.CurrentSpan, $"there is no partial '{name}' ({_theme.DisplayRoot}/templates/partials/{name}.sbn)");

    /// <summary>
    /// The partial <paramref name="name"/> rendered in the page's context; kept in pieces when the call's value is
    /// written out as it is (issue 16: no copy of its text into a string of its own), otherwise as one string.
    /// </summary>
    private object Partial(TemplateContext context, ScriptNode? call, string name)
    {
        var template = PartialTemplate(context, name);
        var html = (HtmlTemplateContext)context;
        if (++html.PartialDepth > MaxPartialDepth)
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"partials include each other more than {MaxPartialDepth} levels deep");
        }

        var asItIs = ChunkedHtml.WrittenAsItIs(context, call);
        var output = new ChunkedHtml.Output(writtenOnce: asItIs);
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        finally
        {
            context.PopOutput();
            html.PartialDepth--;
        }

        return asItIs ? output.Html : new RawHtml(output.Html.ToString());
    }
}
