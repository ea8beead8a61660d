using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Markdown;

/// <summary>
/// The link stage, once every page is parsed and assembled: reports what rendering each body found, and checks
/// the links between pages — an anchor in another page must be one of its headings, a site path one of its pages.
/// </summary>
public static class CrossPageLinks
{
    /// <summary>
    /// Reports every problem of the content pages of <paramref name="model"/>, whose page paths are
    /// <paramref name="sitePaths"/>; returns what the links were checked against (`preview` keeps it, issue 16).
    /// </summary>
    public static LinkTargets Check(SiteModel model, IEnumerable<string> sitePaths, DiagnosticBag diagnostics)
    {
        var targets = LinkTargets.Of(model, sitePaths);
        foreach (var page in model.ContentPages)
        {
            diagnostics.AddRange(Problems(page.Content, targets));
        }

        foreach (var partial in new[] { model.WarningSigns, model.WarningLine })
        {
            diagnostics.AddRange(Problems(partial, targets));
        }

        return targets;
    }

    /// <summary>
    /// What rendering found in one page, then its links to other pages that miss <paramref name="targets"/>.
    /// </summary>
    public static IEnumerable<Diagnostic> Problems(MarkdownContent content, LinkTargets targets)
    {
        foreach (var problem in content.Problems)
        {
            yield return problem;
        }

        foreach (var link in content.Links)
        {
            if (link.SitePath is { } sitePath && !targets.SitePaths.Contains(sitePath))
            {
                yield return Errors.LinkTargetMissing(link.At, link.Written);
            }
            else if (link is { TargetFile: { } file, Anchor: { } anchor } && targets.HeadingIds(file) is { } known && !known.Contains(anchor))
            {
                yield return Errors.AnchorMissing(link.At, link.WrittenPath, anchor, known);
            }
        }
    }
}
