using HamstringBack.Core.Search;

namespace HamstringBack.Core.Write;

/// <summary>
/// Where `build` writes the site (<paramref name="Path"/>, named <paramref name="Display"/> in messages), and
/// what indexes it for search.
/// </summary>
public sealed record SiteOutput(string Path, string Display)
{
    /// <summary>Makes the search index in the written site before it is swapped in; none by default.</summary>
    public ISearchIndexer Search { get; init; } = NoSearchIndex.Instance;
}
