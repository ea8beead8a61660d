using HamstringBack.Cli.Search;
using HamstringBack.Core;
using HamstringBack.Core.Search;
using HamstringBack.Core.Write;

namespace HamstringBack.Browser.Tests;

/// <summary>Builds an input folder into a fresh temporary output folder, for serving to the browser.</summary>
public static class BuiltSite
{
    /// <summary>
    /// Builds <paramref name="input"/> (default: the real input/) as `build` does, search index included unless
    /// <paramref name="search"/> is false (`build --no-search`: for tests that never search, issue 13: CI time), and
    /// returns the output folder. Fails when pagefind is missing: run `npm ci` first.
    /// </summary>
    public static string Build(string? input = null, string? baseUrl = null, bool search = true)
    {
        var output = Path.Combine(Path.GetTempPath(), "hb-browser-" + Guid.NewGuid().ToString("N"));
        ISearchIndexer index = search ? PagefindIndexer.Find(RepoPaths.Root) : NoSearchIndex.Instance;
        var result = new SiteBuilder().Build(new BuildOptions(input ?? RepoPaths.Input, RepoPaths.Theme, baseUrl) { Output = new SiteOutput(output, output) { Search = index } });
        return result.Succeeded && !result.Diagnostics.Any(d => d.Code == "HB0701")
            ? output
            : throw new InvalidOperationException("The site did not build:\n" + string.Join("\n", result.Diagnostics));
    }
}
