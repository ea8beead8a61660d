using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Search;

namespace HamstringBack.Cli.Search;

/// <summary>
/// The search index `build` makes (issue 18: `build` alone makes the whole site): installs pagefind with
/// <see cref="SearchToolInstaller"/> when it is missing, then runs it (<see cref="PagefindIndexer"/>). Both happen
/// only once the site has built, so a build with errors never runs npm.
/// </summary>
public sealed class PagefindOnFirstUse(string project, TextWriter stdout) : ISearchIndexer
{
    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Index(string site, string display)
    {
        var installing = SearchToolInstaller.FromPath().InstallIfMissing(project, stdout);
        return installing.Any(d => d.IsError) ? installing : [.. installing, .. PagefindIndexer.Find(project).Index(site, display)];
    }
}
