using HamstringBack.Core.Model;

namespace HamstringBack.Core.Markdown;

/// <summary>
/// What a link to another page may lead to: the site's page paths ("stretching/"), and each content file's heading
/// ids by its path inside input/ ("sections/04-stretching.md"). The link stage makes them once per build; `preview`
/// keeps the last good build's and checks an edited body against them, with the edited pages' new headings, instead
/// of making 12,000 entries again per edit (issue 16).
/// </summary>
public sealed class LinkTargets
{
    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> None = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _anchors;
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _edited;

    /// <param name="sitePaths">The path of every page of the site.</param>
    /// <param name="anchors">Each content file's heading ids, by its path inside input/.</param>
    public LinkTargets(IReadOnlySet<string> sitePaths, IReadOnlyDictionary<string, IReadOnlySet<string>> anchors)
        : this(sitePaths, anchors, None)
    {
    }

    private LinkTargets(IReadOnlySet<string> sitePaths, IReadOnlyDictionary<string, IReadOnlySet<string>> anchors, IReadOnlyDictionary<string, IReadOnlySet<string>> edited)
    {
        SitePaths = sitePaths;
        (_anchors, _edited) = (anchors, edited);
    }

    /// <summary>The path of every page of the site.</summary>
    public IReadOnlySet<string> SitePaths { get; }

    /// <summary>The targets of <paramref name="model"/>'s links, whose pages' paths are <paramref name="sitePaths"/>.</summary>
    public static LinkTargets Of(SiteModel model, IEnumerable<string> sitePaths) =>
        new(sitePaths.ToHashSet(StringComparer.Ordinal),
            model.ContentPages.ToDictionary(p => p.RelativePath, p => p.Content.HeadingIds, StringComparer.Ordinal));

    /// <summary>The heading ids of the content file at <paramref name="file"/> (inside input/), or null when it is not a content file.</summary>
    public IReadOnlySet<string>? HeadingIds(string file) =>
        _edited.TryGetValue(file, out var ids) || _anchors.TryGetValue(file, out ids) ? ids : null;

    /// <summary>The same targets with <paramref name="headingIds"/> as the headings of the content file <paramref name="file"/> (a body edited).</summary>
    public LinkTargets WithHeadings(string file, IReadOnlySet<string> headingIds) =>
        new(SitePaths, _anchors, new Dictionary<string, IReadOnlySet<string>>(_edited, StringComparer.Ordinal) { [file] = headingIds });
}
