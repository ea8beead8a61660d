using HamstringBack.Core.Check;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Issue17;

/// <summary>Issue 17: `check` warns on sentences over 25 words (HB0606) and on jargon a page does not explain (HB0607).</summary>
public sealed class ReadabilityCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void The_real_site_has_no_long_sentence_and_no_unexplained_jargon()
    {
        using var site = new TempSite();

        var codes = SiteChecker.Check(site.Build(forCheck: true), Today).Select(d => d.Code);

        Assert.DoesNotContain("HB0606", codes);
        Assert.DoesNotContain("HB0607", codes);
    }

    [Fact]
    public void A_sentence_over_25_words_is_reported_at_its_paragraph()
    {
        using var site = new TempSite();
        site.Edit("input/sections/04-stretching.md", "A stretch should feel mild.",
            "A stretch should feel mild and gentle and calm and slow and steady and easy and light and soft and kind to your body every single day of the week.");

        var lines = New(site);

        Assert.Equal(
            ["input/sections/04-stretching.md(27,3): warning HB0606: This sentence has 30 words (\"A stretch should feel mild and…\"); more than 25 is hard to read. Split it into two or more short sentences."],
            lines);
    }

    [Theory]
    [InlineData("Your tibia is in your lower leg.", true)]
    [InlineData("Your tibia is in your lower leg. It is your shin bone.", false)]
    [InlineData("Your **tibia** is the bone at the front of your lower leg.", false)]
    public void A_listed_word_is_reported_unless_the_page_explains_it_or_marks_it_in_bold(string sentence, bool reported)
    {
        // Given a jargon list with "tibia", and a page that uses it
        using var site = new TempSite();
        site.Write("input/jargon.yml", "tibia: shin bone\n")
            .Edit("input/sections/01-hamstrings.md", "You use them every day.", sentence + " You use them every day.");

        var lines = New(site);

        Assert.Equal(
            reported ? ["input/sections/01-hamstrings.md(19,1): warning HB0607: 'tibia' may be a hard word for readers, and this page does not explain it. Say what it means (\"shin bone\") on the page, write the word in bold where you explain it, or use a plainer word (list: input/jargon.yml)."] : [],
            lines);
    }

    [Theory]
    [InlineData("One. Two three! Four?", new[] { "One.", "Two three!", "Four?" })]
    [InlineData("Hold 30 seconds · 2 times each leg.", new[] { "Hold 30 seconds · 2 times each leg." })]
    public void Sentences_split_after_a_full_stop_question_or_exclamation_mark(string text, string[] expected)
    {
        Assert.Equal(expected, ReadabilityChecker.Sentences(text));
        Assert.Equal(5, ReadabilityChecker.Words("Hold 30 seconds · 2 times"));
    }

    private static List<string> New(TempSite site)
    {
        using var unchanged = new TempSite();
        var before = SiteChecker.Check(unchanged.Build(forCheck: true), Today).Select(d => d.ToString()).ToList();
        return SiteChecker.Check(site.Build(forCheck: true), Today).Select(d => d.ToString()).Except(before).ToList();
    }
}
