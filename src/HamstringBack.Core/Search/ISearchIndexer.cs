using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Search;

/// <summary>
/// Makes the site's search index, a stage of <see cref="SiteBuilder.Build"/> when it writes an output folder:
/// `build` supplies pagefind (HamstringBack.Cli.Search), `build --no-search`, `check`, `preview` and tests
/// <see cref="NoSearchIndex"/>. The generator itself stays pure C#.
/// </summary>
public interface ISearchIndexer
{
    /// <summary>
    /// Indexes the site written in <paramref name="site"/> (the staging folder, before it is swapped in), adding the
    /// index's files to that folder; <paramref name="display"/> names the output folder in diagnostics. An error
    /// stops the build and leaves the previous output as it was.
    /// </summary>
    IReadOnlyList<Diagnostic> Index(string site, string display);
}
