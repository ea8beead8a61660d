using System.Diagnostics;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Search;

namespace HamstringBack.Cli.Search;

/// <summary>
/// Makes the site's search index: runs pagefind (npm, installed by `npm ci`) on the written site folder, which
/// indexes the parts of pages marked <c>data-pagefind-body</c> into pagefind/; the build's offline manifest,
/// rendered next, lists the index so the service worker keeps it for offline search. The generator itself stays
/// pure C#; without pagefind the build warns (HB0701) and the search page lists every page instead.
/// </summary>
public sealed class PagefindIndexer(string? pagefind) : ISearchIndexer
{
    /// <summary>Finds node_modules/.bin/pagefind in <paramref name="start"/> or a folder above it.</summary>
    public static PagefindIndexer Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "pagefind");
            if (File.Exists(candidate))
            {
                return new PagefindIndexer(candidate);
            }
        }

        return new PagefindIndexer(null);
    }

    /// <summary>Whether pagefind was found.</summary>
    public bool IsInstalled => pagefind is not null;

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Index(string site, string display)
    {
        if (pagefind is null)
        {
            return [Errors.SearchToolMissing(display)];
        }

        try
        {
            var (exitCode, output) = ToolProcess.Run(pagefind, ["--site", site, "--silent"]);
            if (exitCode != 0)
            {
                var detail = output.Trim();
                return [Errors.SearchIndexFailed(display, $"exit code {exitCode}{(detail.Length > 0 ? ", " + detail : string.Empty)}")];
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return [Errors.SearchIndexFailed(display, e.Message)];
        }

        return [];
    }
}
