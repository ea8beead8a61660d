using HamstringBack.Core.Cards;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Assemble;

/// <summary>
/// Stage 4: checks the parsed files against each other (sections, images, routine, unique names)
/// and assembles the site model.
/// </summary>
public static class SiteAssembler
{
    /// <summary>Assembles the site, or returns null when anything it needs is missing or wrong.</summary>
    public static SiteModel? Assemble(ParsedContent content, DiagnosticBag diagnostics)
    {
        CheckUniqueSlugs(content, diagnostics);
        CheckExercises(content, diagnostics);
        CheckRoutine(content, diagnostics);
        CheckReviewers(content, diagnostics);
        if (content.Settings is null || content.Home is null || content.Routine is null || diagnostics.HasErrors)
        {
            return null;
        }

        return new SiteModel(content.Settings, content.Home, content.Sections, content.Pages,
            content.Exercises.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(), content.Routine, content.Images)
        {
            WarningSigns = content.WarningSigns,
            WarningLine = content.WarningLine,
            Jargon = content.Jargon,
        };
    }

    private static void CheckUniqueSlugs(ParsedContent content, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, Section>(StringComparer.Ordinal);
        var tree = SectionTree.Of(content.Sections);
        CheckPageSlugs(content, seen, diagnostics);
        CheckGroupSlugs(tree, seen, diagnostics);
        CheckUniqueOrders(tree, diagnostics);
        CheckUniqueExerciseNames(content, diagnostics);
    }

    /// <summary>No section or page is named like a reserved path or like another.</summary>
    private static void CheckPageSlugs(ParsedContent content, Dictionary<string, Section> seen, DiagnosticBag diagnostics)
    {
        foreach (var page in content.Sections.Concat(content.Pages))
        {
            var at = SourceLocation.WholeFile(page.SourcePath);
            if (SiteUrls.Reserved.Contains(page.Slug))
            {
                diagnostics.Add(Errors.ReservedSlug(at, page.Slug));
            }
            else if (!seen.TryAdd(page.Slug, page))
            {
                diagnostics.Add(Errors.Duplicate(at, "page name", page.Slug, seen[page.Slug].SourcePath));
            }
        }
    }

    /// <summary>
    /// A group without a page of its own takes its name from its folder (issue 16); the folder is named where it clashes.
    /// </summary>
    private static void CheckGroupSlugs(SectionTree tree, Dictionary<string, Section> seen, DiagnosticBag diagnostics)
    {
        foreach (var entry in tree.Top.Where(e => e.Page is null))
        {
            var folder = Path.GetDirectoryName(entry.Children[0].SourcePath)!.Replace('\\', '/') + "/";
            if (SiteUrls.Reserved.Contains(entry.Slug))
            {
                diagnostics.Add(Errors.ReservedSlug(SourceLocation.WholeFile(folder), entry.Slug));
            }
            else if (!seen.TryAdd(entry.Slug, entry.Children[0]))
            {
                diagnostics.Add(Errors.Duplicate(SourceLocation.WholeFile(folder), "page name", entry.Slug, seen[entry.Slug].SourcePath));
            }
        }
    }

    /// <summary>Orders are unique among the top level, and among each group's sections.</summary>
    private static void CheckUniqueOrders(SectionTree tree, DiagnosticBag diagnostics)
    {
        var levels = tree.Top.Select(e => e.Children).Prepend(tree.Top.Where(e => e.Page is not null).Select(e => e.Page!).ToList());
        foreach (var group in levels.SelectMany(level => level.GroupBy(s => s.Order)).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(s => s.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var other in ordered.Skip(1))
            {
                var at = other.KeyLocations.GetValueOrDefault("order", SourceLocation.WholeFile(other.SourcePath));
                diagnostics.Add(Errors.Duplicate(at, "order", group.Key.ToString(), ordered[0].SourcePath));
            }
        }
    }

    private static void CheckUniqueExerciseNames(ParsedContent content, DiagnosticBag diagnostics)
    {
        foreach (var group in content.Exercises.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(e => e.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var other in ordered.Skip(1))
            {
                diagnostics.Add(Errors.Duplicate(KeyLocation(other, "name"), "exercise name", other.Name, ordered[0].SourcePath));
            }
        }
    }

    private static void CheckExercises(ParsedContent content, DiagnosticBag diagnostics)
    {
        var slugs = content.Sections.Select(s => s.Slug).ToList();
        var images = content.Images.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var ids = content.Exercises.Select(e => e.Id).Concat(content.Unparsed).ToHashSet(StringComparer.Ordinal);
        foreach (var exercise in content.Exercises)
        {
            if (CardLayout.ReservedIds.Contains(exercise.Id))
            {
                diagnostics.Add(Errors.ReservedExerciseId(SourceLocation.WholeFile(exercise.SourcePath), exercise.Id));
            }

            foreach (var former in exercise.FormerIds.Where(f => ids.Contains(f) || CardLayout.ReservedIds.Contains(f)))
            {
                diagnostics.Add(Errors.FormerIdTaken(KeyLocation(exercise, "former_ids"), former));
            }

            if (exercise.Section is { } section && !slugs.Contains(section) && !content.Unparsed.Contains(section))
            {
                diagnostics.Add(Errors.UnknownSection(KeyLocation(exercise, "section"), section, slugs));
            }

            if (exercise.Image is { } image)
            {
                if (!images.Contains(image))
                {
                    diagnostics.Add(Errors.ImageMissing(KeyLocation(exercise, "image"), image));
                }
                else if (exercise.ImageAlt.Length == 0)
                {
                    diagnostics.Add(Errors.ImageNoAlt(KeyLocation(exercise, "image"), image));
                }
            }
        }
    }

    /// <summary>A page's reviewer must be one of the people in site.yml.</summary>
    private static void CheckReviewers(ParsedContent content, DiagnosticBag diagnostics)
    {
        if (content.Settings is not { } settings)
        {
            return;
        }

        var ids = settings.People.Select(p => p.Id).ToList();
        foreach (var page in new[] { content.Home }.OfType<Section>().Concat(content.Sections).Concat(content.Pages))
        {
            if (page.ReviewerId is { } id && !ids.Contains(id))
            {
                var at = page.KeyLocations.GetValueOrDefault("reviewer", SourceLocation.WholeFile(page.SourcePath));
                diagnostics.Add(Errors.UnknownPerson(at, id, ids));
            }
        }
    }

    private static void CheckRoutine(ParsedContent content, DiagnosticBag diagnostics)
    {
        if (content.Routine is null)
        {
            return;
        }

        var ids = content.Exercises.Select(e => e.Id).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.Routine.ExerciseIds.Count; i++)
        {
            var id = content.Routine.ExerciseIds[i];
            var at = content.RoutineLocations[i];
            if (!ids.Contains(id) && !content.Unparsed.Contains(id))
            {
                diagnostics.Add(Errors.RoutineUnknownExercise(at, id, NameSuggester.Nearest(id, ids)));
            }
            else if (!seen.Add(id))
            {
                diagnostics.Add(Errors.Duplicate(at, "routine entry", id, "an earlier line of the routine"));
            }
        }
    }

    private static SourceLocation KeyLocation(Exercise exercise, string key) =>
        exercise.KeyLocations.TryGetValue(key, out var at) ? at : SourceLocation.WholeFile(exercise.SourcePath);
}
