using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// The real input/ and theme/ built once in memory and shared by the whole-site tests: one build for every class
/// that takes this as its class fixture (issue 13: each class used to build the site again). Tests only read it.
/// </summary>
public sealed class RealSite
{
    private static readonly HtmlParser Parser = new();

    private static readonly Lazy<BuildResult> Built = new(() =>
        new SiteBuilder().Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme) { InputLabel = "input", ThemeLabel = "theme" }));

    public RealSite()
    {
        Result = Built.Value;
    }

    public BuildResult Result { get; }

    /// <summary>Paths of every HTML page built for readers: all but the browser editor's (admin/, issue 18; see AdminSiteTests).</summary>
    public IEnumerable<string> HtmlPaths => Result.Files.Select(f => f.Path)
        .Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith(Admin.AdminSite.Folder, StringComparison.Ordinal));

    /// <summary>A built page parsed with AngleSharp.</summary>
    public IHtmlDocument Page(string path) =>
        Parser.ParseDocument(Result.Text(path) ?? throw new InvalidOperationException($"No page {path}"));

    /// <summary>The visible text of every page, joined.</summary>
    public string AllText()
    {
        var text = new StringBuilder();
        foreach (var path in HtmlPaths)
        {
            text.AppendLine(Page(path).Body?.TextContent);
        }

        return text.ToString();
    }
}
