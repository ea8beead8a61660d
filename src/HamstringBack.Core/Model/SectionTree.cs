namespace HamstringBack.Core.Model;

/// <summary>
/// The sections as readers meet them (issue 16): the top level — sections directly in input/sections and groups,
/// in order — and each group's sections, in order.
/// </summary>
public sealed class SectionTree
{
    private SectionTree(IReadOnlyList<SectionTreeEntry> top) => Top = top;

    /// <summary>The top level, in menu order.</summary>
    public IReadOnlyList<SectionTreeEntry> Top { get; }

    /// <summary>Arranges <paramref name="sections"/> by their folders, each level by order, then slug.</summary>
    public static SectionTree Of(IReadOnlyList<Section> sections)
    {
        var top = sections.Where(s => s.Group is null)
            .Select(s => new SectionTreeEntry(s.Order, s.Slug, s, null, []))
            .ToList();
        foreach (var group in sections.Where(s => s.Group is not null).GroupBy(s => s.Group!.Folder, StringComparer.Ordinal))
        {
            var page = group.FirstOrDefault(s => s.IsGroupPage);
            var children = group.Where(s => !s.IsGroupPage)
                .OrderBy(s => s.Order).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
            var folder = group.First().Group!;
            top.Add(new SectionTreeEntry(page?.Order ?? folder.Order, folder.Slug, page, folder, children));
        }

        return new SectionTree(top.OrderBy(e => e.Order).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The same tree with <paramref name="replacement"/> in place of <paramref name="old"/>, whose front matter (so its
    /// place) is the same: `preview` patches the last build's tree for a body edit instead of arranging 10,000
    /// sections again (issue 16).
    /// </summary>
    public SectionTree WithPage(Section old, Section replacement)
    {
        SectionTreeEntry Swap(SectionTreeEntry entry) =>
            ReferenceEquals(entry.Page, old) ? entry with { Page = replacement }
            : entry.Children.Any(s => ReferenceEquals(s, old)) ? entry with { Children = [.. entry.Children.Select(s => ReferenceEquals(s, old) ? replacement : s)] }
            : entry;

        return new SectionTree([.. Top.Select(Swap)]);
    }
}

/// <summary>One entry of the top level: a section, or a group with its own page or without.</summary>
/// <param name="Page">The section, or the group's own page; null for a group without one.</param>
/// <param name="Group">The group's folder; null for a section directly in input/sections.</param>
/// <param name="Children">The group's sections, in order; none for a section.</param>
public sealed record SectionTreeEntry(int Order, string Slug, Section? Page, GroupFolder? Group, IReadOnlyList<Section> Children)
{
    /// <summary>The name in menus: the page's title, or a page-less group's folder name in words.</summary>
    public string Title => Page?.Title ?? Group!.Title;

    /// <summary>The page's summary; empty for a group without a page.</summary>
    public string Summary => Page?.Summary ?? string.Empty;

    /// <summary>Where the entry leads: its page, or a page-less group's first section.</summary>
    public string Path => Page is { } page ? SiteUrls.Section(page) : SiteUrls.Section(Children[0]);
}
