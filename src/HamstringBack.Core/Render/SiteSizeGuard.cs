using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Render;

/// <summary>
/// Keeps the rendered pages of one build under <see cref="MaxSiteBytes"/>, so a site that would grow without bound
/// (every page's menu lists every section: 10,000 sections made 10,000 pages of 10,000 links each) stops early
/// with an error instead of filling memory for minutes (issue 12). Two checks: before most pages are rendered, a
/// projection from a few pages of each template (<see cref="Probes"/>); while rendering, a running total.
/// </summary>
internal sealed class SiteSizeGuard
{
    /// <summary>Most bytes of HTML the pages of one site may add up to.</summary>
    public const long MaxSiteBytes = 1L << 30;

    /// <summary>How many pages of each template are rendered first, spread over its pages, to project the total.</summary>
    private const int ProbesPerTemplate = 4;

    private readonly IReadOnlyList<PagePlan> _plans;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _sources;
    private readonly long _limit;
    private readonly Dictionary<string, int> _counts;
    private readonly HashSet<int> _isProbe;
    private long _total;

    public SiteSizeGuard(IReadOnlyList<PagePlan> plans, Lazy<IReadOnlyDictionary<string, string>> sources, long limit)
    {
        _plans = plans;
        _sources = sources;
        _limit = limit;
        var byTemplate = plans.Select((p, i) => (p.Template, i)).GroupBy(p => p.Template, StringComparer.Ordinal).ToList();
        _counts = byTemplate.ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Probes = byTemplate.OrderByDescending(g => g.Count())
            .Select(g => (IReadOnlyList<int>)Spread(g.Select(p => p.i).ToList()).ToList())
            .ToList();
        _isProbe = Probes.SelectMany(p => p).ToHashSet();
    }

    /// <summary>
    /// Indexes of the plans to render first: a few of each template (its first and last among them), one list per
    /// template, the template with the most pages first, so a site far over the limit is found after a few pages.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>> Probes { get; }

    /// <summary>Whether the running total has gone over the limit.</summary>
    public bool Exceeded => Interlocked.Read(ref _total) > _limit;

    /// <summary>Counts a rendered page towards the running total.</summary>
    public void Add(OutputFile page) => Interlocked.Add(ref _total, page.Length);

    /// <summary>Whether the plan at this index is one of the <see cref="Probes"/>.</summary>
    public bool IsProbe(int index) => _isProbe.Contains(index);

    /// <summary>
    /// After the probes of the first <paramref name="templates"/> lists of <see cref="Probes"/> are rendered: an error
    /// if the whole site would be over the limit, counting each page not rendered yet as the smallest probe of its
    /// template (so a few long pages never make the projection fail), and the other templates as nothing.
    /// </summary>
    public Diagnostic? Project(IReadOnlyList<OutputFile?> rendered, int templates)
    {
        var byTemplate = Probes.Take(templates).SelectMany(p => p).Where(i => rendered[i] is not null)
            .GroupBy(i => _plans[i].Template, StringComparer.Ordinal)
            .Select(g => (Template: g.Key, Sizes: g.Select(i => (long)rendered[i]!.Length).ToList()))
            .Select(t => (t.Template, Bytes: t.Sizes.Sum() + ((Count(t.Template) - t.Sizes.Count) * t.Sizes.Min())))
            .ToList();
        var projected = byTemplate.Sum(t => t.Bytes);
        return projected > _limit ? Error(projected, byTemplate, projection: true) : null;
    }

    /// <summary>The error for a running total over the limit, from the pages rendered when rendering stopped.</summary>
    public Diagnostic Stopped(IReadOnlyList<OutputFile?> rendered)
    {
        var byTemplate = Enumerable.Range(0, _plans.Count).Where(i => rendered[i] is not null)
            .GroupBy(i => _plans[i].Template, StringComparer.Ordinal)
            .Select(g => (Template: g.Key, Bytes: g.Sum(i => (long)rendered[i]!.Length)))
            .ToList();
        return Error(byTemplate.Sum(t => t.Bytes), byTemplate, projection: false);
    }

    /// <summary>Located at what makes most of the bytes: the input folder its pages come from, or its template.</summary>
    private Diagnostic Error(long bytes, IReadOnlyList<(string Template, long Bytes)> byTemplate, bool projection)
    {
        var largest = byTemplate.MaxBy(t => t.Bytes).Template;
        var source = _sources.Value[_plans.First(p => p.Template == largest).OutputPath];
        var at = source.EndsWith(".sbn", StringComparison.Ordinal) ? source : Path.GetDirectoryName(source)!.Replace('\\', '/');
        return Errors.SiteTooLarge(SourceLocation.WholeFile(at), bytes, _limit, _plans.Count, Count(largest), projection);
    }

    private int Count(string template) => _counts[template];

    private static IEnumerable<int> Spread(IReadOnlyList<int> indexes) =>
        indexes.Count <= ProbesPerTemplate
            ? indexes
            : Enumerable.Range(0, ProbesPerTemplate).Select(k => indexes[k * (indexes.Count - 1) / (ProbesPerTemplate - 1)]);
}
