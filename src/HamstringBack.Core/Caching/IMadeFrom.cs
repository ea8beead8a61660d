namespace HamstringBack.Core.Caching;

/// <summary>
/// Stands, for the page memo, for a value a template reads, by the parts it is made from (issue 13): a page's menu
/// by the site's menu and where the page is in it, so it is compared without copying the menu for every page.
/// </summary>
internal interface IMadeFrom
{
    /// <summary>Everything the value is made from; equal parts make an equal value.</summary>
    IEnumerable<object?> Parts { get; }
}
