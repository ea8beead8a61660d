using HamstringBack.Core.Check;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Check;

public sealed class SiteCheckerTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Check_passes_on_the_real_input_without_errors()
    {
        var result = new SiteBuilder().Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme) { InputLabel = "input", ThemeLabel = "theme", KeepSyntaxTrees = true });

        var diagnostics = SiteChecker.Check(result, Today);

        Assert.True(result.Succeeded);
        Assert.Empty(diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    [Fact]
    public void Check_reports_a_heading_that_skips_a_level_at_its_markdown_line()
    {
        using var site = new TempSite();
        site.Edit("input/sections/01-hamstrings.md", "## Where are your hamstrings?", "#### Where are your hamstrings?");

        var lines = Check(site);

        Assert.Equal(
            ["input/sections/01-hamstrings.md(15,1): error HB0601: This heading jumps from level 2 to level 4. Use level 3 (one more # than the heading above)."],
            lines);
    }

    [Fact]
    public void Check_reports_images_without_alt_text_at_the_page_source()
    {
        using var site = new TempSite();
        // Issue 19: exercise tiles show generated frames, so give the template a drawing without alt text.
        site.Edit("theme/templates/exercises.sbn", "<div class=\"tile-frame\">", "<img src=\"/images/pelvis-tilt.svg\"><div class=\"tile-frame\">");

        var lines = Check(site);

        Assert.Single(lines);
        Assert.Equal(
            "theme/templates/exercises.sbn(1,1): error HB0603: The image '/images/pelvis-tilt.svg' has no alt text. Describe what it shows: ![a person lying on their back](...).",
            lines[0]);
    }

    [Fact]
    public void Check_reports_a_template_link_to_a_missing_page_once_with_the_number_of_pages()
    {
        using var site = new TempSite();
        site.Edit("theme/templates/layout.sbn", "<p class=\"small\">", "<p class=\"small\"><a href=\"/privacy/\">Privacy</a> ");

        var lines = Check(site);

        var line = Assert.Single(lines);
        Assert.Matches(@"^theme/templates/404\.sbn\(1,1\): error HB0604: The page /404\.html links to '/privacy/', which is not in the site \(the same link is on \d+ pages\)\. Fix the link in the content or the template\.$", line);
    }

    [Fact]
    public void Check_reports_a_link_to_a_missing_anchor_at_its_markdown_line()
    {
        using var site = new TempSite();
        site.Edit("input/sections/04-stretching.md", "[strengthening page](05-strengthening.md)", "[strengthening page](/strengthening/#no-such-heading)");

        var lines = Check(site);

        Assert.Equal(
            ["input/sections/04-stretching.md(69,109): error HB0605: The page /stretching/ links to '/strengthening/#no-such-heading', but that page has no element with this #id. Link to an existing heading, or fix the heading."],
            lines);
    }

    [Fact]
    public void Check_warns_when_a_review_date_has_passed()
    {
        using var site = new TempSite();
        site.Edit("input/sections/01-hamstrings.md", "next_review: 2027-11-20", "next_review: 2026-11-01");

        var lines = Check(site);

        Assert.Equal(
            "input/sections/01-hamstrings.md(7,14): warning HB0602: The review was due on 2026-11-01. Review the page, then update last_reviewed and next_review.",
            Assert.Single(lines));
    }

    [Fact]
    public void Check_lists_the_build_errors_when_the_content_does_not_build()
    {
        using var site = new TempSite();
        site.Edit("input/exercises/bird-dog.yml", "\nreps: ", "\nreps: many # ");

        var lines = Check(site);

        Assert.Contains("input/exercises/bird-dog.yml(28,7): error HB0102: 'reps' must be a whole number from 1 to 100 (got \"many\").", lines);
    }

    /// <summary>What `check` says about the changed copy that it does not say about the real site: what the edit caused.</summary>
    private static List<string> Check(TempSite site)
    {
        using var unchanged = new TempSite();
        var before = SiteChecker.Check(unchanged.Build(forCheck: true), Today).Select(d => d.ToString()).ToList();
        return SiteChecker.Check(site.Build(forCheck: true), Today).Select(d => d.ToString()).Except(before).ToList();
    }
}
