using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;
using HamstringBack.Core.Schema;

namespace HamstringBack.Core.Scaffold;

/// <summary>
/// `new exercise` and `new section`: starter files that build as they are, with every key explained in a
/// comment, for an editor to fill in. Values the editor types are written with YamlDotNet, so any name is safe.
/// </summary>
public static partial class StarterFiles
{
    /// <summary>The longest URL name made from a title; a longer one is cut at the last hyphen that fits.</summary>
    public const int MaxSlugLength = 60;

    /// <summary>
    /// A URL name from a title: "Sleeping positions" → "sleeping-positions", at most <see cref="MaxSlugLength"/>
    /// characters (whole words where possible); empty if nothing is left.
    /// </summary>
    public static string Slug(string title)
    {
        var plain = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        var slug = NotSlug().Replace(plain.ToString(), "-").Trim('-');
        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return cut > 0 ? slug[..cut] : slug[..MaxSlugLength];
    }

    /// <summary>
    /// The section or page file in <paramref name="inputDir"/> whose page name is <paramref name="slug"/>
    /// ("pages/about.md", "sections/04-stretching.md"), or null when the name is free.
    /// </summary>
    public static string? PageNamed(string inputDir, string slug)
    {
        if (File.Exists(Path.Combine(inputDir, "pages", slug + ".md")))
        {
            return $"pages/{slug}.md";
        }

        var sections = Path.Combine(inputDir, "sections");
        return Directory.Exists(sections)
            ? Directory.EnumerateFiles(sections, "*-" + slug + ".md")
                .Select(Path.GetFileName)
                .Where(name => Prefix().Match(name!) is { Success: true } prefix && name![prefix.Length..] == slug + ".md")
                .Select(name => "sections/" + name)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
    }

    /// <summary>input/exercises/&lt;slug&gt;.yml for an exercise called <paramref name="name"/>, its keys from <see cref="ExerciseSchema"/>.</summary>
    public static StarterFile Exercise(string name)
    {
        var id = Slug(name);
        var schema = ExerciseSchema.Exercise;
        var keys = StarterYaml.Write(schema, new Dictionary<string, string>
        {
            ["name"] = StarterYaml.Scalar(name),
            ["image"] = id + ".svg",
        }, spaced: true);
        var text = $"""
            {SchemaArtifacts.SchemaComment(schema, foldersDeep: 1)}
            # input/exercises/{id}.yml: one exercise. Its page will be /exercises/{id}/.
            # Lines starting with # are notes for you; the site ignores them.
            # Keys marked (required) must stay. Delete the optional keys you do not need.
            # To use a key that is written after a #, remove that # (and fill in the value).

            """ + keys;
        return new StarterFile($"exercises/{id}.yml", text, SiteUrls.Exercise(id));
    }

    /// <summary>
    /// input/sections/NN-&lt;slug&gt;.md at the next free order number, reviewed <paramref name="today"/>, its
    /// front-matter keys from <see cref="PageSchema.Section"/>.
    /// </summary>
    public static StarterFile Section(string title, int order, DateOnly today)
    {
        var slug = Slug(title);
        var keys = StarterYaml.Write(PageSchema.Section, new Dictionary<string, string>
        {
            ["title"] = StarterYaml.Scalar(title),
            ["order"] = order.ToString(CultureInfo.InvariantCulture),
            ["last_reviewed"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["next_review"] = today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["published"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, spaced: false);
        var text = $"""
            ---
            # input/sections/{order:00}-{slug}.md: one section. Its page will be /{slug}/.
            # Lines starting with # between the two --- lines are notes for you; the site ignores them.

            """ + keys + """
            ---

            ## Write the first heading here

            Write the page in Markdown below the second --- line. Start each heading with ## (and ### below it).
            Link to another page by its file: [stretching](04-stretching.md). Boxes start with ::: note,
            ::: see-gp or ::: urgent and end with :::. See docs/editing.md for everything else.

            """;
        return new StarterFile($"sections/{order:00}-{slug}.md", text, slug + "/");
    }

    /// <summary>One more than the highest section number in use (file prefix or order key) in <paramref name="inputDir"/>.</summary>
    public static int NextSectionOrder(string inputDir)
    {
        var folder = Path.Combine(inputDir, "sections");
        if (!Directory.Exists(folder))
        {
            return 1;
        }

        var ignored = new DiagnosticBag();
        var used = new List<int> { 0 };
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            var name = Path.GetFileName(file);
            if (Prefix().Match(name) is { Success: true } prefix)
            {
                used.Add(int.Parse(prefix.Groups[1].Value, CultureInfo.InvariantCulture));
            }

            var source = new SourceFile(name, "sections/" + name, File.ReadAllText(file).ReplaceLineEndings("\n"));
            if (SectionLoader.Load(source, PageKind.Section, ignored, renderer: null) is { } section)
            {
                used.Add(section.Order);
            }
        }

        return used.Max() + 1;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex("^([0-9]+)-")]
    private static partial Regex Prefix();
}
