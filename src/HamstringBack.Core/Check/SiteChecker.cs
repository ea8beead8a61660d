using AngleSharp.Html.Parser;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Check;

/// <summary>
/// `check`: what only the built site shows, on top of everything the build validates. Reads the built HTML
/// (in memory) back with AngleSharp and reports broken internal links and #anchors, images without alt text,
/// headings that skip a level, reviews that are overdue, and (on the Markdown pages) sentences over 25 words and
/// jargon words left unexplained (warnings, <see cref="ReadabilityChecker"/>). Writes nothing.
/// </summary>
public static class SiteChecker
{
    /// <summary>The build's own diagnostics plus those of the built site, sorted; only the build's when it failed.</summary>
    /// <param name="today">The date review deadlines are compared with.</param>
    public static IReadOnlyList<Diagnostic> Check(BuildResult result, DateOnly today)
    {
        if (!result.Succeeded || result.Model is not { } model)
        {
            return result.Diagnostics;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        var pages = Parse(result.Files);
        var locator = new SourceLocator(model, result.PageSources);
        var files = result.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        new LinkChecker(model.Settings, files, pages).Check(locator, diagnostics);
        foreach (var page in pages.Values)
        {
            CheckHeadings(page, locator, diagnostics);
            CheckImages(page, locator, diagnostics);
        }

        CheckReviews(model, today, diagnostics);
        ReadabilityChecker.Check(model, diagnostics);
        return diagnostics.ToSortedList();
    }

    private static Dictionary<string, BuiltPage> Parse(IReadOnlyList<OutputFile> files)
    {
        var parser = new HtmlParser();
        return files
            // The browser editor's page (admin/) is no page for readers: nothing of it to check.
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith(Admin.AdminSite.Folder, StringComparison.Ordinal))
            .AsParallel()
            .Select(f =>
            {
                var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(f.Content));
                var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!)
                    .Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))
                    .ToHashSet(StringComparer.Ordinal);
                return new BuiltPage(f.Path, document, ids);
            })
            .ToDictionary(p => p.Path, StringComparer.Ordinal);
    }

    /// <summary>A heading may go at most one level deeper than the heading before it (h2 → h4 is a jump).</summary>
    private static void CheckHeadings(BuiltPage page, SourceLocator locator, DiagnosticBag diagnostics)
    {
        var previous = 0;
        foreach (var heading in page.Document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                diagnostics.Add(Errors.HeadingOrder(locator.Heading(page.Path, heading.Id), previous, level));
            }

            previous = level;
        }
    }

    /// <summary>
    /// Every image needs alt text. An empty alt="" marks a decorative image, which is fine only beside text that
    /// says the same (a thumbnail next to the exercise's name) or when hidden from assistive technology on purpose.
    /// </summary>
    private static void CheckImages(BuiltPage page, SourceLocator locator, DiagnosticBag diagnostics)
    {
        foreach (var image in page.Document.Images)
        {
            var decorative = image.AlternativeText is not null &&
                (image.GetAttribute("aria-hidden") == "true" || image.GetAttribute("role") is "presentation" or "none" ||
                 !string.IsNullOrWhiteSpace(image.ParentElement?.TextContent));
            if (!decorative && string.IsNullOrWhiteSpace(image.AlternativeText))
            {
                var src = image.GetAttribute("src") ?? string.Empty;
                diagnostics.Add(Errors.ImageNoAlt(locator.Image(page.Path, src), src));
            }
        }
    }

    private static void CheckReviews(SiteModel model, DateOnly today, DiagnosticBag diagnostics)
    {
        foreach (var section in model.ContentPages)
        {
            if (section.Review.NextReview < today)
            {
                var at = section.KeyLocations.GetValueOrDefault("next_review", SourceLocation.WholeFile(section.SourcePath));
                diagnostics.Add(Errors.ReviewOverdue(at, section.Review.NextReview));
            }
        }
    }
}
