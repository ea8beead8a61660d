namespace HamstringBack.Core.Render.Views;

/// <summary>A link in a menu or list, and whether it is the page being shown.</summary>
public sealed record NavLink(string Title, string Url, bool Current, string Summary = "")
{
    /// <summary>A group's sections under its menu entry, shown only on the group's own pages (issue 16).</summary>
    public IReadOnlyList<NavLink> Children { get; init; } = [];
}
