using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using Scriban.Runtime;

namespace HamstringBack.Core.Caching;

/// <summary>
/// Rendered pages of the previous builds. What a page's templates read is recorded while it renders
/// (<see cref="PageReads"/>: the globals, and per type of object the members); a page is reused while the theme and
/// the settings are the same objects, its template is the same, and every global it read gives what it gave then
/// (<see cref="ReadComparer"/>). Nothing is listed by hand (issue 13).
/// </summary>
internal sealed class PageMemo
{
    /// <summary>A global that is not there, unlike one that is there and null.</summary>
    private static readonly object Missing = new();

    private readonly Memo<string, PageEntry> _pages = new(StringComparer.Ordinal);

    /// <summary>How many pages the latest render stage rendered (the others were reused).</summary>
    public int Rendered { get; private set; }

    /// <summary>Renders the pages that need it with <paramref name="render"/> (<paramref name="renderer"/> recording); returns every page, in plan order.</summary>
    public IReadOnlyList<OutputFile> Render(
        IReadOnlyList<PagePlan> plans,
        Theme theme,
        SiteModel model,
        PageRenderer renderer,
        Func<IReadOnlyList<PagePlan>, IReadOnlyList<OutputFile>> render)
    {
        var basis = new RenderBasis(theme, model.Settings, renderer.Shared);
        var readSets = new Dictionary<string, ReadSet>(StringComparer.Ordinal);
        var files = new OutputFile?[plans.Count];
        var todo = Reuse(plans, basis, renderer, files, readSets);
        var made = render(todo).ToDictionary(f => f.Path, StringComparer.Ordinal);
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            if (files[i] is null && made.TryGetValue(plan.OutputPath, out var file) && renderer.Reads?.GetValueOrDefault(plan.OutputPath) is { } reads)
            {
                files[i] = file;
                var read = reads.Freeze();
                _pages.Keep(plan.OutputPath, new PageEntry(file, plan.Template, readSets.TryAdd(read.Key, read) ? read : readSets[read.Key], renderer.PageInputs(plan), basis));
            }
        }

        Rendered = todo.Count;
        return files.OfType<OutputFile>().ToList();
    }

    /// <summary>
    /// Fills <paramref name="files"/> with the pages that can be reused; returns the plans of the others. Pages are
    /// checked in parallel, each thread with a comparer of its own.
    /// </summary>
    private List<PagePlan> Reuse(IReadOnlyList<PagePlan> plans, RenderBasis basis, PageRenderer renderer, OutputFile?[] files, Dictionary<string, ReadSet> readSets)
    {
        var reused = new PageEntry?[plans.Count];
        Parallel.For(0, plans.Count, () => new ReadComparer(), (i, _, comparer) =>
        {
            if (_pages.TryGet(plans[i].OutputPath, out var entry) && Unchanged(entry, plans[i], basis, renderer, comparer))
            {
                reused[i] = entry;
            }

            return comparer;
        }, _ => { });
        var todo = new List<PagePlan>();
        for (var i = 0; i < plans.Count; i++)
        {
            if (reused[i] is { } entry)
            {
                files[i] = entry.File;
                readSets.TryAdd(entry.Reads.Key, entry.Reads);
                _pages.Keep(plans[i].OutputPath, entry);
            }
            else
            {
                todo.Add(plans[i]);
            }
        }

        return todo;
    }

    /// <summary>Whether rendering <paramref name="plan"/> now would read what <paramref name="entry"/>'s rendering read.</summary>
    private static bool Unchanged(PageEntry entry, PagePlan plan, RenderBasis basis, PageRenderer renderer, ReadComparer comparer)
    {
        if (!ReferenceEquals(entry.Basis.Theme, basis.Theme) || !ReferenceEquals(entry.Basis.Settings, basis.Settings) || entry.Template != plan.Template)
        {
            return false;
        }

        ScriptObject? pageInputs = null;
        foreach (var name in entry.Reads.Globals)
        {
            var same = entry.PageInputs.TryGetValue(name, out var before)
                ? comparer.Same(before, Value(pageInputs ??= renderer.PageInputs(plan), name), entry.Reads)
                : comparer.Same(Value(entry.Basis.SharedGlobals, name), Value(basis.SharedGlobals, name), entry.Reads);
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    private static object? Value(ScriptObject globals, string name) => globals.TryGetValue(name, out var value) ? value : Missing;

    /// <summary>Forgets the pages an unfinished build kept.</summary>
    public void Discard() => _pages.Discard();

    /// <summary>Makes the pages this build kept the ones the next build looks up.</summary>
    public void Commit() => _pages.Commit();
}
