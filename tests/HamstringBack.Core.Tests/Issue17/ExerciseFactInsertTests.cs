using AngleSharp.Html.Parser;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Issue17;

/// <summary>
/// Issue 17: a section inserts an exercise's dose, hold, start and build-up from its YAML ({{hold glute-bridge}}),
/// so the text can never disagree with the exercise page and card; a wrong insert is a located error.
/// </summary>
public sealed class ExerciseFactInsertTests
{
    [Fact]
    public void A_changed_hold_in_the_yaml_changes_the_section_the_exercise_page_and_the_card_alike()
    {
        // Given the bridge's hold changed in its YAML only
        using var site = new TempSite();
        site.Edit("input/exercises/glute-bridge.yml", "hold_seconds: 3", "hold_seconds: 7");

        // When the site is built
        var result = site.Build();

        // Then the section's text, the exercise page and the card all say 7 seconds
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var section = Text(result.Text("strengthening/index.html")!, "main");
        Assert.Contains("Hold for 7 seconds, squeezing your buttocks.", section, StringComparison.Ordinal);
        Assert.Contains("Do this 10 times. Begin with 5 lifts. Add 1 lift each day until you can do 10.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", section, StringComparison.Ordinal);
        Assert.Contains("Hold 7 seconds · 10 times", Text(result.Text("exercises/glute-bridge/index.html")!, ".facts"), StringComparison.Ordinal);
        Assert.Contains("Hold 7 seconds · 10 times", Text(result.Text("cards/glute-bridge/index.html")!, ".card-dose"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_sections_state_every_dose_through_inserts()
    {
        var stretching = File.ReadAllText(Path.Combine(RepoPaths.Input, "sections", "04-stretching.md"));
        var strengthening = File.ReadAllText(Path.Combine(RepoPaths.Input, "sections", "05-strengthening.md"));

        Assert.Contains("{{hold lying-towel-hamstring-stretch}}", stretching, StringComparison.Ordinal);
        Assert.Contains("{{reps standing-hamstring-sweep}}", stretching, StringComparison.Ordinal);
        Assert.Contains("{{hold glute-bridge}}", strengthening, StringComparison.Ordinal);
        Assert.Contains("{{hold bird-dog}}", strengthening, StringComparison.Ordinal);
        Assert.DoesNotContain("a few seconds", strengthening, StringComparison.Ordinal);
        Assert.DoesNotContain("a moment", strengthening, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{dose glute-bridg}}", "error HB0803: There is no exercise 'glute-bridg' to take a fact from (input/exercises/glute-bridg.yml). Did you mean 'glute-bridge'?")]
    [InlineData("{{dosage glute-bridge}}", "error HB0804: 'dosage' is not something an insert can show.")]
    [InlineData("{{hold standing-hamstring-sweep}}", "error HB0807: The exercise 'standing-hamstring-sweep' has no hold to insert.")]
    public void A_wrong_insert_is_an_error_at_its_line_and_column(string insert, string expected)
    {
        // Given an insert on line 3 of a new section's body (front matter is lines 1-8), after 9 characters
        using var site = new TempSite();
        site.Write("input/sections/09-extra.md",
            "---\ntitle: Extra\norder: 9\nsummary: Extra page.\nlast_reviewed: 2026-11-20\nnext_review: 2027-11-20\n---\n\n## Extra\n\nHold it: " + insert + " daily.\n");

        // When the site is built
        var result = site.Build();

        // Then the build fails with the problem located at the insert
        Assert.False(result.Succeeded);
        var line = Assert.Single(result.Diagnostics, d => d.IsError).ToString();
        Assert.StartsWith("input/sections/09-extra.md(11,10): " + expected, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Braces {{ like this }} stay.", "Braces {{ like this }} stay.")]
    [InlineData("One {brace} and {{dose}} stay.", "One {brace} and {{dose}} stay.")]
    public void Text_that_only_looks_like_an_insert_stays_as_written(string markdown, string expected)
    {
        using var site = new TempSite();
        site.Write("input/sections/09-extra.md",
            "---\ntitle: Extra\norder: 9\nsummary: Extra page.\nlast_reviewed: 2026-11-20\nnext_review: 2027-11-20\n---\n\n" + markdown + "\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(expected, Text(result.Text("extra/index.html")!, "main"), StringComparison.Ordinal);
    }

    private static string Text(string html, string selector) =>
        new HtmlParser().ParseDocument(html).QuerySelector(selector)?.TextContent ?? string.Empty;
}
