using AngleSharp.Html.Dom;

namespace HamstringBack.Core.Check;

/// <summary>A built HTML page read back with AngleSharp, with the ids of its elements (link targets).</summary>
/// <param name="Path">Output path, e.g. "stretching/index.html".</param>
public sealed record BuiltPage(string Path, IHtmlDocument Document, IReadOnlySet<string> Ids)
{
    /// <summary>The page's URL path below the site root: "stretching/" for "stretching/index.html".</summary>
    public string UrlPath => Path == "index.html" ? string.Empty : Path.EndsWith("/index.html", StringComparison.Ordinal) ? Path[..^"index.html".Length] : Path;
}
