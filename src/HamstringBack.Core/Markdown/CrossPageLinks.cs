using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Markdown;

/// <summary>
/// The link stage, once every page is parsed and assembled: reports what rendering each body found, and checks
/// the links between pages — an anchor in another page must be one of its headings, a site path one of its pages.
/// </summary>
public static class CrossPageLinks
{
    /// <summary>Reports every problem of the content pages of <paramref name="model"/>, whose page paths are <paramref name="sitePaths"/>.</summary>
    public static void Check(SiteModel model, IReadOnlySet<string> sitePaths, DiagnosticBag diagnostics)
    {
        var pages = new[] { model.Home }.Concat(model.Sections).Concat(model.Pages).ToList();
        var anchors = pages.ToDictionary(p => p.RelativePath, p => p.Content.HeadingIds, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            diagnostics.AddRange(Problems(page.Content, anchors, sitePaths));
        }

        foreach (var partial in new[] { model.WarningSigns, model.WarningLine })
        {
            diagnostics.AddRange(Problems(partial, anchors, sitePaths));
        }
    }

    /// <summary>
    /// What rendering found in one page, then its links to other pages that miss: <paramref name="anchors"/> holds each
    /// content file's heading ids by its path inside input/.
    /// </summary>
    public static IEnumerable<Diagnostic> Problems(MarkdownContent content, IReadOnlyDictionary<string, IReadOnlySet<string>> anchors, IReadOnlySet<string> sitePaths)
    {
        foreach (var problem in content.Problems)
        {
            yield return problem;
        }

        foreach (var link in content.Links)
        {
            if (link.SitePath is { } sitePath && !sitePaths.Contains(sitePath))
            {
                yield return Errors.LinkTargetMissing(link.At, link.Written);
            }
            else if (link is { TargetFile: { } file, Anchor: { } anchor } && anchors.TryGetValue(file, out var known) && !known.Contains(anchor))
            {
                yield return Errors.AnchorMissing(link.At, link.WrittenPath, anchor, known);
            }
        }
    }
}
