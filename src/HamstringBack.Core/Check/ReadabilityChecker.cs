using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HamstringBack.Core.Check;

/// <summary>
/// `check`'s plain-English warnings on the Markdown pages (home, sections, pages): a sentence of more than
/// <see cref="MaxWords"/> words (HB0606), and a word from input/jargon.yml that the page uses without explaining it
/// (HB0607). A word counts as explained when the page also contains its plain explanation from jargon.yml, or shows
/// the word in bold (<c>**lumbar**</c>), the mark of the place where the page explains it in its own words.
/// </summary>
public static partial class ReadabilityChecker
{
    /// <summary>The longest sentence that is not reported.</summary>
    public const int MaxWords = 25;

    /// <summary>Reports long sentences and unexplained words in every page of <paramref name="model"/> parsed with its syntax tree.</summary>
    public static void Check(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var page in model.ContentPages)
        {
            if (page.Syntax is not { } document)
            {
                continue;
            }

            var blocks = document.Descendants<LeafBlock>().Where(b => b.Inline is not null).ToList();
            foreach (var block in blocks.Where(b => b is not HeadingBlock))
            {
                CheckSentences(page, block, diagnostics);
            }

            CheckJargon(page, blocks, model.Jargon, diagnostics);
        }
    }

    /// <summary>The sentences of a piece of text: split after . ! or ? followed by a space.</summary>
    public static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>The words of a sentence: runs of characters between spaces that hold a letter or digit.</summary>
    public static int Words(string sentence) => Word().Matches(sentence).Count;

    private static void CheckSentences(Section page, LeafBlock block, DiagnosticBag diagnostics)
    {
        foreach (var sentence in Sentences(ContentRenderer.PlainText(block.Inline)))
        {
            var words = Words(sentence);
            if (words > MaxWords)
            {
                var start = string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6));
                diagnostics.Add(Errors.LongSentence(ContentRenderer.At(page.SourcePath, page.BodyLineOffset, block), words, start));
            }
        }
    }

    private static void CheckJargon(Section page, IReadOnlyList<LeafBlock> blocks, IReadOnlyList<JargonTerm> jargon, DiagnosticBag diagnostics)
    {
        var texts = blocks.Select(b => (Block: b, Text: ContentRenderer.PlainText(b.Inline))).ToList();
        var whole = string.Join('\n', texts.Select(t => t.Text)).Replace('\u2019', '\'');
        var bold = blocks.SelectMany(b => b.Inline!.Descendants<EmphasisInline>())
            .Where(e => e.DelimiterCount == 2)
            .Select(e => ContentRenderer.PlainText(e).Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var term in jargon)
        {
            var word = new Regex($@"(?<![\p{{L}}\p{{N}}-]){Regex.Escape(term.Word)}(?![\p{{L}}\p{{N}}-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (texts.FirstOrDefault(t => word.IsMatch(t.Text)) is not { Block: { } first } ||
                whole.Contains(term.Means, StringComparison.OrdinalIgnoreCase) || bold.Contains(term.Word))
            {
                continue;
            }

            diagnostics.Add(Errors.JargonUnexplained(ContentRenderer.At(page.SourcePath, page.BodyLineOffset, first), term.Word, term.Means));
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\S*[\p{L}\p{N}]\S*")]
    private static partial Regex Word();
}
