using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Search;

/// <summary>No search index (`build --no-search`): the search page then lists every page.</summary>
public sealed class NoSearchIndex : ISearchIndexer
{
    /// <summary>The one instance.</summary>
    public static NoSearchIndex Instance { get; } = new();

    private NoSearchIndex()
    {
    }

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Index(string site, string display) => [];
}
