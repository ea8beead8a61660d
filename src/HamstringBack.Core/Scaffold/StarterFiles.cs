using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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

    /// <summary>input/exercises/&lt;slug&gt;.yml for an exercise called <paramref name="name"/>.</summary>
    public static StarterFile Exercise(string name)
    {
        var id = Slug(name);
        var text = $"""
            # input/exercises/{id}.yml: one exercise. Its page will be /exercises/{id}/.
            # Lines starting with # are notes for you; the site ignores them.
            # Keys marked (required) must stay. Delete the optional keys you do not need.

            # (required) The exercise's name, as shown on its page and its card.
            name: {Scalar(name)}

            # (required) stretch, dynamic-stretch (a stretch done while moving) or strength.
            kind: stretch

            # One sentence: what the exercise does and why it helps.
            summary: Write one sentence about what this exercise does and why it helps.

            # The muscles it works, one per line.
            targets:
              - Hamstrings

            # What the reader needs, one per line. Write "equipment: []" when nothing is needed.
            equipment: []

            # The starting position, e.g. "Lying on your back".
            position: Lying on your back

            # (required) 3 to 6 short steps, in order, one per line.
            steps:
              - Write the first step.
              - Write the second step.
              - Write the third step.

            # Tips, one per line (up to 5). The first is the key cue printed on the card.
            cues:
              - Write the most important tip.

            # What finishes the sentence "Stop if …", one per line (up to 5).
            stop_if:
              - you feel sharp or increasing pain
              - you feel pain, tingling or numbness going down your leg

            # Seconds to hold each time (1 to 600). Delete this key for exercises that keep moving.
            hold_seconds: 30

            # (required) How many times (1 to 100); per side when sides is each or alternating.
            reps: 2

            # Sets (1 to 10) of those reps, per side and session; one tick each on the checklist. Without this key: 1.
            sets: 1

            # (required) each (one side, then the other), both (both sides together) or alternating.
            sides: each

            # Sessions a day (1 to 6). Without this key: 1.
            per_day: 1

            # When to do it, e.g. "Before activity" or "Once a day".
            when: Once a day

            # A drawing: the file name in input/images/, and what it shows for people who cannot see it.
            # Remove the # in front of both lines when the drawing is there.
            # image: {id}.svg
            # image_alt: A person lying on their back, ...

            # The section the exercise belongs to: a section file name without its number and .md.
            # section: stretching

            # How to begin, build up to the dose above, and make it easier: one sentence each, shown on the page
            # and the card. A section can show them too, with an insert (see docs/editing.md).
            # start: Begin with 3 on each side.
            # build_up: Add 1 each day until you can do the full dose.
            # easier: Move only a short way.

            """;
        return new StarterFile($"exercises/{id}.yml", text, SiteUrls.Exercise(id));
    }

    /// <summary>input/sections/NN-&lt;slug&gt;.md at the next free order number, reviewed <paramref name="today"/>.</summary>
    public static StarterFile Section(string title, int order, DateOnly today)
    {
        var slug = Slug(title);
        var text = $"""
            ---
            # input/sections/{order:00}-{slug}.md: one section. Its page will be /{slug}/.
            # Lines starting with # between the two --- lines are notes for you; the site ignores them.
            # (required) The page title, also used in the menu.
            title: {Scalar(title)}
            # (required) Its place in the menu: sections are listed by this number. Each section has its own.
            order: {order}
            # (required) One sentence about the page, shown under the title and to search engines.
            summary: Write one sentence about what this page explains.
            # (required) When a clinician last checked the page, written YYYY-MM-DD.
            last_reviewed: {today:yyyy-MM-dd}
            # (required) When it must be checked again; `check` warns once this date has passed.
            next_review: {today.AddYears(1):yyyy-MM-dd}
            # When the page was first published, YYYY-MM-DD: fill in when it goes live.
            # published: {today:yyyy-MM-dd}
            # Its clinical reviewer, if not site.yml's reviewer: an id from site.yml's people.
            # reviewer: reviewer
            # The sources the page is based on, each with a title and a full https:// address, like:
            #   - title: "NHS: Back pain"
            #     url: https://www.nhs.uk/conditions/back-pain/
            sources: []
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

    /// <summary>A value as one YAML scalar, quoted or folded as YamlDotNet's emitter decides.</summary>
    private static string Scalar(string value)
    {
        var text = new StringWriter();
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new Scalar(value));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString().TrimEnd('\n', '\r');
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex("^([0-9]+)-")]
    private static partial Regex Prefix();
}
