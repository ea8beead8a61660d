using AngleSharp.Dom;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Check;

/// <summary>
/// Follows every internal link of the built site (a href, link href, img/script/source src): each must lead to
/// a built file and each #fragment to an element id of that page. A link found on many pages (one the layout
/// writes) is reported once, with how many pages have it.
/// </summary>
internal sealed class LinkChecker
{
    private const string Selector = "a[href], link[href], img[src], script[src], source[src]";

    private readonly Uri _base;
    private readonly string _basePath;
    private readonly IReadOnlySet<string> _files;
    private readonly IReadOnlyDictionary<string, BuiltPage> _pages;

    public LinkChecker(SiteSettings settings, IReadOnlySet<string> files, IReadOnlyDictionary<string, BuiltPage> pages)
    {
        _base = new Uri(settings.BaseUrl);
        _basePath = settings.BasePath;
        _files = files;
        _pages = pages;
    }

    /// <summary>Reports broken links and anchors of every page.</summary>
    public void Check(SourceLocator locator, DiagnosticBag diagnostics)
    {
        var problems = new SortedDictionary<(string Code, string Href), List<string>>();
        foreach (var page in _pages.Values.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            foreach (var element in page.Document.QuerySelectorAll(Selector))
            {
                var href = (element.GetAttribute("href") ?? element.GetAttribute("src") ?? string.Empty).Trim();
                if (Problem(page, element, href) is { } code)
                {
                    var key = (code, href);
                    if (!problems.TryGetValue(key, out var pages))
                    {
                        problems[key] = pages = [];
                    }

                    if (!pages.Contains(page.Path))
                    {
                        pages.Add(page.Path);
                    }
                }
            }
        }

        foreach (var ((code, href), pages) in problems)
        {
            var first = _pages[pages[0]];
            var at = locator.Link(first.Path, href);
            diagnostics.Add(code == "HB0604"
                ? Errors.BuiltLinkBroken(at, first.UrlPath, href, pages.Count)
                : Errors.BuiltAnchorMissing(at, first.UrlPath, href, pages.Count));
        }
    }

    /// <summary>The code of what is wrong with <paramref name="href"/>, or null when it is fine or external.</summary>
    private string? Problem(BuiltPage page, IElement element, string href)
    {
        if (href.Length == 0 || href == "#")
        {
            return href.Length == 0 && element.LocalName == "a" ? "HB0604" : null;
        }

        if (!Uri.TryCreate(new Uri(_base, page.UrlPath), href, out var target))
        {
            return "HB0604";
        }

        if (target.Scheme != _base.Scheme || target.Authority != _base.Authority)
        {
            return null;
        }

        var path = target.AbsolutePath;
        if (!path.StartsWith(_basePath, StringComparison.Ordinal) || Resolve(Uri.UnescapeDataString(path[_basePath.Length..])) is not { } file)
        {
            return "HB0604";
        }

        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (fragment.Length > 0 && (!_pages.TryGetValue(file, out var targetPage) || !targetPage.Ids.Contains(fragment)))
        {
            return "HB0605";
        }

        return null;
    }

    /// <summary>The built file a site path is served from, as Netlify does it (folder/ → folder/index.html).</summary>
    private string? Resolve(string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            return _files.Contains(path + "index.html") ? path + "index.html" : null;
        }

        return _files.Contains(path) ? path : _files.Contains(path + "/index.html") ? path + "/index.html" : null;
    }
}
