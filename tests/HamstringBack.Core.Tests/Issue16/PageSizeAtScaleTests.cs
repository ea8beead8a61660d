using System.Text;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Issue16;

/// <summary>
/// Issue 16: with nested sections a page's size does not grow with the site. Before it, every page of the real
/// theme listed every section: 4,000 sections made 1.7 GB of output.
/// </summary>
public sealed class PageSizeAtScaleTests
{
    /// <summary>The page-weight budget of the browser tests (PageWeightTests.PageBudget), for the HTML alone here.</summary>
    private const int PageBudget = 100 * 1024;

    [Fact]
    [Trait("Category", "Slow")] // builds 5,000 sections (issue 13: not in the fast lane)
    public void Issue_16_5000_sections_in_50_groups_keep_every_page_of_the_real_theme_under_the_page_budget()
    {
        // Given the real site and theme with 5,000 short sections in 50 groups of 100
        using var site = new TempSite().NamePeople();
        for (var g = 1; g <= 50; g++)
        {
            for (var s = 1; s <= 100; s++)
            {
                site.Write($"input/sections/{g + 5:00}-group-{g}/{s:000}-topic-{g}-{s}.md",
                    $"---\ntitle: Topic {g}.{s}\norder: {s}\nsummary: What topic {g}.{s} is about.\nlast_reviewed: 2026-11-20\nnext_review: 2027-11-20\n---\n\nText.\n");
            }
        }

        // When it is built
        var result = site.Build();

        // Then every section has a page, and the largest page stays under the budget
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.NotNull(result.Text("group-50/topic-50-100/index.html"));
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 5_000, $"{pages.Count} pages");
        var largest = pages.MaxBy(f => f.Content.Length)!;
        Assert.True(largest.Content.Length < PageBudget, $"{largest.Path} is {largest.Content.Length:N0} bytes, over {PageBudget:N0}");
        Assert.Contains("Topic 50.100", Encoding.UTF8.GetString(result.Files.First(f => f.Path == "group-50/topic-50-1/index.html").Content), StringComparison.Ordinal);
    }
}
