using System.Globalization;
using System.Text;

namespace HamstringBack.Bench;

/// <summary>
/// The synthetic content itself, independent of either site's layout: page i always has the same words,
/// whichever generator's folder it is written for; only the link style differs. With <paramref name="groups"/>
/// above 0 the pages are shared out in order among that many groups (folders: issue 16's nested sections).
/// </summary>
internal sealed class Corpus(int pages, int groups = 0)
{
    private static readonly string[] Kinds = ["stretch", "strength", "dynamic-stretch"];

    private readonly int _width = Math.Max(4, pages.ToString(CultureInfo.InvariantCulture).Length);

    public int Pages => pages;

    public int Exercises { get; } = Math.Max(1, pages / 10);

    /// <summary>How many groups the pages are in; 0 for a flat site.</summary>
    public int Groups => Math.Min(groups, pages);

    private int PerGroup => (pages + Groups - 1) / Groups;

    /// <summary>The group page i is in (1-based), or 0 in a flat site.</summary>
    public int GroupOf(int i) => Groups == 0 ? 0 : ((i - 1) / PerGroup) + 1;

    /// <summary>Group g's slug: "group-3".</summary>
    public static string GroupSlug(int g) => $"group-{g}";

    /// <summary>Group g's folder in input/sections: "03-group-3".</summary>
    public string GroupFolder(int g) => $"{g.ToString(CultureInfo.InvariantCulture).PadLeft(Math.Max(2, Groups.ToString(CultureInfo.InvariantCulture).Length), '0')}-{GroupSlug(g)}";

    /// <summary>Page i's file under input/sections: "0002-topic-2.md", or in a group "01-group-1/0002-topic-2.md".</summary>
    public string PathOf(int i) => Groups == 0 ? FileName(i) : $"{GroupFolder(GroupOf(i))}/{FileName(i)}";

    /// <summary>Page i's address below the site's root: "topic-2/", or in a group "group-1/topic-2/".</summary>
    public string UrlOf(int i) => Groups == 0 ? $"{Slug(i)}/" : $"{GroupSlug(GroupOf(i))}/{Slug(i)}/";

    /// <summary>The link from page <paramref name="from"/>'s file to page <paramref name="to"/>'s file.</summary>
    public string FileLink(int from, int to) =>
        GroupOf(from) == GroupOf(to) ? FileName(to) : (Groups == 0 ? string.Empty : "../") + PathOf(to);

    /// <summary>The link from a section's file to the exercises folder.</summary>
    public string ExercisesFolderLink => Groups == 0 ? "../exercises/" : "../../exercises/";

    public static string Slug(int i) => $"topic-{i}";

    public static string ExerciseId(int j) => $"exercise-{j:D4}";

    public string FileName(int i) => $"{i.ToString(CultureInfo.InvariantCulture).PadLeft(_width, '0')}-{Slug(i)}.md";

    public List<(string Key, object Value)> HomeMatter() =>
    [
        ("title", "Bench home"),
        ("summary", "The home page of a synthetic site."),
        ("last_reviewed", "2026-01-01"),
        ("next_review", "2027-01-01"),
    ];

    public string HomeBody(LinkStyle links)
    {
        var text = new TextMaker(0);
        var first = string.Join(", ", Enumerable.Range(1, Math.Min(3, pages)).Select(i => $"[topic {i}]({links.Page(i, null)})"));
        return $"## Welcome\n\n{text.Paragraph(80)} Start with {first}.\n";
    }

    public List<(string Key, object Value)> PageMatter(int i, bool order)
    {
        var text = new TextMaker(i);
        var matter = new List<(string Key, object Value)> { ("title", $"\"Topic {i}: {text.Phrase(3)}\"") };
        if (order)
        {
            matter.Add(("order", (Groups == 0 ? i : i - ((GroupOf(i) - 1) * PerGroup)).ToString(CultureInfo.InvariantCulture)));
        }

        matter.Add(("summary", text.Phrase(12) + "."));
        matter.Add(("last_reviewed", $"2026-01-{1 + (i % 28):D2}"));
        matter.Add(("next_review", $"2027-01-{1 + (i % 28):D2}"));
        matter.Add(("sources", new[] { ($"Source {i}", $"https://example.org/sources/{i}") }));
        return matter;
    }

    /// <summary>About 700 words: headings, emphasis, links to the next and previous pages and an exercise, lists, a table, a quote.</summary>
    public string PageBody(int i, LinkStyle links)
    {
        var text = new TextMaker(1_000_000 + i);
        var next = (i % pages) + 1;
        var previous = ((i + pages - 2) % pages) + 1;
        var exercise = ((i - 1) % Exercises) + 1;
        var body = new StringBuilder();
        body.Append($"## Overview\n\n{text.Paragraph(110)} Read on in [topic {next}]({links.Page(next, null)}), ");
        body.Append($"or go back to [the details of topic {previous}]({links.Page(previous, "details")}).\n\n");
        body.Append(text.Paragraph(110)).Append("\n\n## Details\n\n");
        for (var k = 0; k < 5; k++)
        {
            body.Append("- ").Append(text.Phrase(8)).Append('\n');
        }

        body.Append('\n');
        for (var k = 1; k <= 4; k++)
        {
            body.Append(k).Append(". ").Append(text.Phrase(8)).Append('\n');
        }

        body.Append('\n').Append(text.Paragraph(80)).Append("\n\n| Part | Advice | Minutes |\n| --- | --- | --- |\n");
        for (var k = 0; k < 4; k++)
        {
            body.Append($"| {text.Phrase(1)} | {text.Phrase(5)} | {text.Next(1, 30)} |\n");
        }

        body.Append($"\n> {text.Paragraph(40)}\n\n### Notes\n\n{text.Paragraph(100)} ");
        body.Append($"Try [exercise {exercise}]({links.Exercise(exercise)}).\n\n{text.Paragraph(100)}\n\n");
        body.Append($"## Summary\n\n{text.Paragraph(60)}\n");
        return body.ToString();
    }

    public List<(string Key, object Value)> ExerciseMatter(int j)
    {
        var text = new TextMaker(2_000_000 + j);
        var kind = Kinds[j % Kinds.Length];
        var matter = new List<(string Key, object Value)>
        {
            ("name", $"Exercise {j} {text.Word()}"),
            ("kind", kind),
            ("summary", text.Phrase(10) + "."),
            ("targets", new[] { text.Phrase(2), text.Phrase(2) }),
            ("position", text.Phrase(4)),
            ("steps", Enumerable.Range(0, text.Next(3, 7)).Select(_ => text.Phrase(9) + ".").ToArray()),
            ("cues", new[] { text.Phrase(6) + ".", text.Phrase(6) + "." }),
            ("stop_if", new[] { text.Phrase(7).ToLowerInvariant(), text.Phrase(7).ToLowerInvariant() }),
        };
        if (kind == "stretch")
        {
            matter.Add(("hold_seconds", "30"));
        }

        matter.Add(("reps", text.Next(2, 11).ToString(CultureInfo.InvariantCulture)));
        matter.Add(("sides", "each"));
        matter.Add(("when", text.Phrase(3)));
        matter.Add(("image", ExerciseId(j) + ".svg"));
        matter.Add(("image_alt", text.Phrase(8) + "."));
        matter.Add(("section", Slug(((j - 1) % pages) + 1)));
        return matter;
    }

    public static string Image(int j) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 200\"><rect width=\"400\" height=\"200\" fill=\"#eef\"/>" +
        $"<text x=\"20\" y=\"100\">Exercise {j}</text></svg>\n";
}
