using HamstringBack.Core.Caching;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Load;

/// <summary>
/// Stage 3: parses each input file, in parallel, independently of the others: YAML into records, Markdown
/// straight to HTML (<see cref="ContentRenderer"/>), so no syntax tree outlives its file.
/// </summary>
public static class ContentParser
{
    /// <summary>The partials the site shows; any other file in input/partials is reported unused (issue 16).</summary>
    private static readonly string[] UsedPartials = ["warning-signs.md", "warning-line.md"];

    /// <summary>Parses everything in <paramref name="input"/>; files with errors are left out and reported.</summary>
    /// <param name="parallel">How many files to parse at once; every core when null.</param>
    /// <param name="keepSyntax">Keep each page's Markdown syntax tree, for `check`.</param>
    /// <param name="strings">The theme's strings, whose dose words exercise-fact inserts are written in; inserts are left as they are when null.</param>
    public static ParsedContent Parse(InputSet input, string? baseUrlOverride, DiagnosticBag diagnostics, ParallelOptions? parallel = null, bool keepSyntax = false,
        ThemeStrings? strings = null) =>
        Parse(input, baseUrlOverride, diagnostics, parallel ?? new ParallelOptions(), keepSyntax, strings, PassThroughCache.Instance);

    /// <param name="cache">
    /// Files parsed by an earlier build: one with the same text is not parsed again (a Markdown file only while the
    /// settings and the input's file names, which its links are rendered with, are the same too).
    /// </param>
    internal static ParsedContent Parse(InputSet input, string? baseUrlOverride, DiagnosticBag diagnostics, ParallelOptions parallel, bool keepSyntax,
        ThemeStrings? strings, IBuildCache cache)
    {
        T Once<T>(SourceFile file, Func<DiagnosticBag, T> parse, string variant = "") =>
            cache.Parsed(file, variant, diagnostics, parse);

        var settings = input.Settings is null ? null : Once(input.Settings, d => SettingsLoader.Load(input.Settings, baseUrlOverride, d),
            baseUrlOverride is null ? string.Empty : "base_url=" + baseUrlOverride);
        // Exercises first: Markdown inserts their facts ({{dose glute-bridge}}).
        var exercises = ParseAll(input.Exercises, parallel, f => Once(f, d => ExerciseLoader.Load(f, d)));
        var renderer = settings is null ? null : ContentRenderer.For(input, new SiteUrls(settings), exercises, strings is null ? null : new ExerciseWords(strings));
        var markdown = cache.MarkdownVariant(settings, input, keepSyntax, strings, renderer);
        var home = input.Home is null ? null : Once(input.Home, d => SectionLoader.Load(input.Home, PageKind.Home, d, renderer, keepSyntax), markdown);
        var sections = ParseAll(input.Sections, parallel, f => Once(f, d => SectionLoader.Load(f, PageKind.Section, d, renderer, keepSyntax), markdown))
            .OrderBy(s => s.Order).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
        var pages = ParseAll(input.Pages, parallel, f => Once(f, d => SectionLoader.Load(f, PageKind.Page, d, renderer, keepSyntax), markdown));
        var partials = input.Partials.ToDictionary(f => Path.GetFileName(f.RelativePath), f => Once(f, d => PartialLoader.Load(f, d, renderer), markdown), StringComparer.Ordinal);
        foreach (var unused in input.Partials.Where(f => !UsedPartials.Contains(Path.GetFileName(f.RelativePath), StringComparer.Ordinal)))
        {
            diagnostics.Add(Errors.UnusedFile(unused.Path));
        }

        var jargon = input.Jargon is null ? null : Once(input.Jargon, d => JargonLoader.Load(input.Jargon, d));
        var routine = input.Routine is null ? null : Once(input.Routine, d => RoutineLoader.Load(input.Routine, d));
        var unparsed = input.Exercises.Select(f => Path.GetFileNameWithoutExtension(f.RelativePath))
            .Concat(input.Sections.Select(f => SectionLoader.SlugOfPath(f.RelativePath)))
            .Except(exercises.Select(e => e.Id).Concat(sections.Select(s => s.Slug)))
            .ToHashSet(StringComparer.Ordinal);
        return new ParsedContent(settings, home, sections, pages, exercises, routine?.Routine,
            routine?.Locations ?? [], input.Images, unparsed)
        {
            WarningSigns = partials.GetValueOrDefault("warning-signs.md") ?? MarkdownContent.Empty,
            WarningLine = partials.GetValueOrDefault("warning-line.md") ?? MarkdownContent.Empty,
            Jargon = jargon ?? [],
        };
    }

    private static List<T> ParseAll<T>(IReadOnlyList<SourceFile> files, ParallelOptions parallel, Func<SourceFile, T?> parse)
        where T : class
    {
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, parallel, i => results[i] = parse(files[i]));
        return results.OfType<T>().ToList();
    }
}
