using HamstringBack.Cli.Serve;
using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>The pages of a built site folder, and the response headers Netlify serves them with (netlify.toml).</summary>
public static class SitePages
{
    private static readonly NetlifyConfig Netlify = NetlifyConfig.Load(Path.Combine(RepoPaths.Root, "netlify.toml"));

    /// <summary>The site's Content-Security-Policy, from netlify.toml.</summary>
    public static string ContentSecurityPolicy => Netlify.HeadersFor("/")["Content-Security-Policy"];

    /// <summary>The headers Netlify sends with <paramref name="path"/>, from netlify.toml.</summary>
    public static IReadOnlyDictionary<string, string> Headers(string path) => Netlify.HeadersFor(path);

    /// <summary>
    /// The URL path of every HTML page in <paramref name="site"/> ("", "exercises/bird-dog/", "404.html"), sorted;
    /// without the pages left at a renamed exercise's old address (issue 17), which send the browser on to the new
    /// page at once (meta refresh), so a browser audit of them would audit the new page again. The Nu checker still
    /// reads their files, and RenamedExerciseTests checks them. Without the browser editor (admin/, issue 18) either:
    /// it is no page for readers, has its own looser policy, and needs decap-server; AdminEditorTests checks it.
    /// </summary>
    public static IReadOnlyList<string> Paths(string site) => PathsOf(site, PageFiles(site).Where(f => !File.ReadAllText(f).Contains("<meta http-equiv=\"refresh\"", StringComparison.Ordinal)));

    /// <summary>The URL path of every HTML page in <paramref name="site"/> but the browser editor's, sorted: <see cref="Paths"/> with a renamed exercise's old addresses.</summary>
    public static IReadOnlyList<string> PathsWithRedirects(string site) => PathsOf(site, PageFiles(site));

    private static IEnumerable<string> PageFiles(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(site, f).Replace('\\', '/').StartsWith("admin/", StringComparison.Ordinal));

    private static List<string> PathsOf(string site, IEnumerable<string> files) =>
        files.Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Select(p => p == "index.html" ? string.Empty : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Opens a page and waits until its scripts have drawn it (checklist, search results); returns the page's response.</summary>
    public static async Task<IResponse?> OpenAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        await page.WaitForFunctionAsync(
            """
            () => (!document.getElementById('routine-data') || document.getElementById('checklist-live'))
              && (!document.querySelector('.search-status') || !location.search || /match/.test(document.querySelector('.search-status').textContent))
            """);
        return response;
    }
}
