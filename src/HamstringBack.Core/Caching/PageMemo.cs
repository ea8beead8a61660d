using HamstringBack.Core.Model;
using HamstringBack.Core.Render;

namespace HamstringBack.Core.Caching;

/// <summary>
/// Rendered pages of the previous build. A page is rendered again unless everything every page can see is
/// unchanged (<see cref="SharedPageInputs"/>) and, for a content page, its section (with its rendered Markdown) is
/// the very object it was rendered from; any other page depends only on the shared inputs.
/// </summary>
internal sealed class PageMemo
{
    private readonly Memo<string, PageEntry> _pages = new(StringComparer.Ordinal);
    private SharedPageInputs? _shared;

    /// <summary>How many pages the latest render stage rendered (the others were reused).</summary>
    public int Rendered { get; private set; }

    /// <summary>Renders the pages that need it with <paramref name="render"/>; returns every page, in plan order.</summary>
    public IReadOnlyList<OutputFile> Render(
        IReadOnlyList<PagePlan> plans,
        Theme theme,
        SiteModel model,
        Func<IReadOnlyList<PagePlan>, IReadOnlyList<OutputFile>> render)
    {
        var shared = SharedPageInputs.Of(theme, model);
        var contentPages = new[] { model.Home }.Concat(model.Sections).Concat(model.Pages)
            .ToDictionary(s => SiteUrls.Section(s), StringComparer.Ordinal);
        var files = new OutputFile?[plans.Count];
        var todo = Reuse(plans, _shared is not null && _shared.Matches(shared), contentPages, files);
        var made = render(todo).ToDictionary(f => f.Path, StringComparer.Ordinal);
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            if (files[i] is null && made.TryGetValue(plan.OutputPath, out var file))
            {
                files[i] = file;
                _pages.Keep(plan.OutputPath, new PageEntry(contentPages.GetValueOrDefault(plan.Page.Path), file));
            }
        }

        _shared = shared;
        Rendered = todo.Count;
        return files.OfType<OutputFile>().ToList();
    }

    /// <summary>Fills <paramref name="files"/> with the pages that can be reused; returns the plans of the others.</summary>
    private List<PagePlan> Reuse(IReadOnlyList<PagePlan> plans, bool sameShared, Dictionary<string, Section> contentPages, OutputFile?[] files)
    {
        var todo = new List<PagePlan>();
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var own = contentPages.GetValueOrDefault(plan.Page.Path);
            if (sameShared && _pages.TryGet(plan.OutputPath, out var entry) && ReferenceEquals(entry.Section, own))
            {
                files[i] = entry.File;
                _pages.Keep(plan.OutputPath, entry);
            }
            else
            {
                todo.Add(plan);
            }
        }

        return todo;
    }

    /// <summary>Makes the pages this build kept the ones the next build looks up.</summary>
    public void Commit() => _pages.Commit();
}
