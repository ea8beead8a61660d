using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>The pages of a built site folder, and the response headers Netlify serves them with.</summary>
public static class SitePages
{
    /// <summary>
    /// The site's Content-Security-Policy, as in netlify.toml: only the site itself, no inline script or style.
    /// 'wasm-unsafe-eval' lets the search page compile pagefind's WebAssembly; it allows no JavaScript eval.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; manifest-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    /// <summary>The headers of every response.</summary>
    public static IReadOnlyDictionary<string, string> Headers(string path) =>
        new Dictionary<string, string> { ["Content-Security-Policy"] = ContentSecurityPolicy };

    /// <summary>The URL path of every HTML page in <paramref name="site"/> ("", "exercises/bird-dog/", "404.html"), sorted.</summary>
    public static IReadOnlyList<string> Paths(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Select(p => p == "index.html" ? string.Empty : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Opens a page and waits until its scripts have drawn it (checklist, search results).</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync(
            """
            () => (!document.getElementById('routine-data') || document.getElementById('checklist-live'))
              && (!document.querySelector('.search-status') || !location.search || /match/.test(document.querySelector('.search-status').textContent))
            """);
    }
}
