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
    /// The section, group or page file in <paramref name="inputDir"/> whose page name is <paramref name="slug"/>
    /// ("pages/about.md", "sections/04-stretching.md", "sections/02-back-pain/01-sciatica.md", the group folder
    /// "sections/02-back-pain/"), or null when the name is free. Names are unique across the whole site (HB0306).
    /// </summary>
    public static string? PageNamed(string inputDir, string slug)
    {
        if (File.Exists(Path.Combine(inputDir, "pages", slug + ".md")))
        {
            return $"pages/{slug}.md";
        }

        var sections = Path.Combine(inputDir, "sections");
        if (!Directory.Exists(sections))
        {
            return null;
        }

        var groups = Groups(inputDir);
        return groups.Where(g => g.Slug == slug).Select(g => $"sections/{g.Folder}/").FirstOrDefault()
            ?? SectionFiles(sections, "sections").Concat(groups.SelectMany(g => SectionFiles(Path.Combine(sections, g.Folder), $"sections/{g.Folder}")))
                .Where(file => SectionLoader.SlugOf(Path.GetFileName(file)) == slug && Prefix().IsMatch(Path.GetFileName(file)))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
    }

    /// <summary>The group folders in input/sections ("02-back-pain"), in folder-name order.</summary>
    public static IReadOnlyList<GroupFolder> Groups(string inputDir)
    {
        var sections = Path.Combine(inputDir, "sections");
        return Directory.Exists(sections)
            ? Directory.EnumerateDirectories(sections)
                .Select(dir => GroupFolder.Parse(Path.GetFileName(dir)))
                .OfType<GroupFolder>()
                .OrderBy(g => g.Folder, StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>The group whose folder ("02-back-pain") or name ("back-pain") is <paramref name="name"/>, or null.</summary>
    public static GroupFolder? GroupNamed(string inputDir, string name) =>
        Groups(inputDir).FirstOrDefault(g => g.Folder == name || g.Slug == name);

    private static IEnumerable<string> SectionFiles(string folder, string shownAs) =>
        Directory.EnumerateFiles(folder, "*.md").Select(file => $"{shownAs}/{Path.GetFileName(file)}");

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
    /// input/sections/NN-&lt;slug&gt;.md (or, in <paramref name="group"/>, input/sections/&lt;group folder&gt;/NN-&lt;slug&gt;.md)
    /// at order <paramref name="order"/>, reviewed <paramref name="today"/>, its front-matter keys from <see cref="PageSchema.Section"/>.
    /// </summary>
    /// <param name="linkTo">A section file to show how links are written, relative to input/sections
    /// ("04-stretching.md"), or null for none (see <see cref="ExampleLinkTarget"/>).</param>
    public static StarterFile Section(string title, int order, DateOnly today, GroupFolder? group = null, string? linkTo = null)
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
        var file = group is null ? $"sections/{order:00}-{slug}.md" : $"sections/{group.Folder}/{order:00}-{slug}.md";
        var page = SectionLoader.PathOf(file);
        var text = $"""
            ---
            # input/{file}: one section. Its page will be /{page}.
            # Lines starting with # between the two --- lines are notes for you; the site ignores them.

            """ + keys + $$"""
            ---

            ## Write the first heading here

            Write the page in Markdown below the second --- line. Start each heading with ## (and ### below it).
            {{LinkExample(group, linkTo)}} Boxes start with ::: note,
            ::: see-gp or ::: urgent and end with :::. See docs/editing.md for everything else.

            """;
        return new StarterFile(file, text, page);
    }

    /// <summary>The first top-level section file in <paramref name="inputDir"/> ("01-hamstrings.md"), or null when there is none.</summary>
    public static string? ExampleLinkTarget(string inputDir)
    {
        var sections = Path.Combine(inputDir, "sections");
        return Directory.Exists(sections)
            ? Directory.EnumerateFiles(sections, "*.md").Select(Path.GetFileName).Where(name => Prefix().IsMatch(name!)).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    // How to link to another section, with a real one as the example, written as a path from the new file's folder.
    private static string LinkExample(GroupFolder? group, string? linkTo) => linkTo is null
        ? "Link to another page by its file, written like this: `[the page's name](01-name.md)`."
        : $"Link to another page by its file: [{SectionLoader.SlugOf(linkTo).Replace('-', ' ')}]({(group is null ? "" : "../")}{linkTo}).";

    /// <summary>
    /// One more than the highest number in use (file or folder prefix, or order key) among the top-level sections
    /// and groups of <paramref name="inputDir"/>, or among the sections of <paramref name="group"/>.
    /// </summary>
    public static int NextSectionOrder(string inputDir, GroupFolder? group = null)
    {
        var sections = Path.Combine(inputDir, "sections");
        var folder = group is null ? sections : Path.Combine(sections, group.Folder);
        if (!Directory.Exists(folder))
        {
            return 1;
        }

        var used = new List<int> { 0 };
        var files = Directory.EnumerateFiles(folder, "*.md").Where(f => group is null || Path.GetFileName(f) != GroupFolder.PageFile);
        if (group is null)
        {
            // A group takes its place among the top-level sections by its _group.md's order, or its folder's number.
            var groups = Groups(inputDir);
            used.AddRange(groups.Select(g => g.Order));
            files = files.Concat(groups.Select(g => Path.Combine(sections, g.Folder, GroupFolder.PageFile)).Where(File.Exists));
        }

        used.AddRange(files.Select(file => OrderOf(file, sections)));
        return used.Max() + 1;
    }

    // The larger of a section file's number and its order key (0 where neither is readable).
    private static int OrderOf(string file, string sections)
    {
        var name = Path.GetFileName(file);
        var number = Prefix().Match(name) is { Success: true } prefix ? int.Parse(prefix.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var relative = "sections/" + Path.GetRelativePath(sections, file).Replace('\\', '/');
        var source = new SourceFile(name, relative, File.ReadAllText(file).ReplaceLineEndings("\n"));
        var section = SectionLoader.Load(source, PageKind.Section, new DiagnosticBag(), renderer: null);
        return Math.Max(number, section?.Order ?? 0);
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex("^([0-9]+)-")]
    private static partial Regex Prefix();
}
