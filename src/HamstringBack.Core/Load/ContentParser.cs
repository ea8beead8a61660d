using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Load;

/// <summary>
/// Stage 3: parses each input file, in parallel, independently of the others: YAML into records, Markdown
/// straight to HTML (<see cref="ContentRenderer"/>), so no syntax tree outlives its file.
/// </summary>
public static class ContentParser
{
    /// <summary>Parses everything in <paramref name="input"/>; files with errors are left out and reported.</summary>
    /// <param name="parallel">How many files to parse at once; every core when null.</param>
    /// <param name="keepSyntax">Keep each page's Markdown syntax tree, for `check`.</param>
    public static ParsedContent Parse(InputSet input, string? baseUrlOverride, DiagnosticBag diagnostics, ParallelOptions? parallel = null, bool keepSyntax = false)
    {
        parallel ??= new ParallelOptions();
        var settings = input.Settings is null ? null : SettingsLoader.Load(input.Settings, baseUrlOverride, diagnostics);
        var renderer = settings is null ? null : ContentRenderer.For(input, new SiteUrls(settings));
        var home = input.Home is null ? null : SectionLoader.Load(input.Home, PageKind.Home, diagnostics, renderer, keepSyntax);
        var sections = ParseAll(input.Sections, parallel, f => SectionLoader.Load(f, PageKind.Section, diagnostics, renderer, keepSyntax))
            .OrderBy(s => s.Order).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
        var pages = ParseAll(input.Pages, parallel, f => SectionLoader.Load(f, PageKind.Page, diagnostics, renderer, keepSyntax));
        var exercises = ParseAll(input.Exercises, parallel, f => ExerciseLoader.Load(f, diagnostics));
        var routine = input.Routine is null ? null : RoutineLoader.Load(input.Routine, diagnostics);
        var unparsed = input.Exercises.Select(f => Path.GetFileNameWithoutExtension(f.RelativePath))
            .Concat(input.Sections.Select(f => SectionLoader.SlugOf(Path.GetFileName(f.RelativePath))))
            .Except(exercises.Select(e => e.Id).Concat(sections.Select(s => s.Slug)))
            .ToHashSet(StringComparer.Ordinal);
        return new ParsedContent(settings, home, sections, pages, exercises, routine?.Routine,
            routine?.Locations ?? [], input.Images, unparsed);
    }

    private static List<T> ParseAll<T>(IReadOnlyList<SourceFile> files, ParallelOptions parallel, Func<SourceFile, T?> parse)
        where T : class
    {
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, parallel, i => results[i] = parse(files[i]));
        return results.OfType<T>().ToList();
    }
}
