namespace HamstringBack.Core.Model;

/// <summary>The whole site's content, parsed and cross-checked, ready to render.</summary>
public sealed record SiteModel(
    SiteSettings Settings,
    Section Home,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Section> Pages,
    IReadOnlyList<Exercise> Exercises,
    Routine Routine,
    IReadOnlyList<ImageFile> Images)
{
    /// <summary>The warning-sign box (input/partials/warning-signs.md): shown on every exercise page and the log.</summary>
    public MarkdownContent WarningSigns { get; init; } = MarkdownContent.Empty;

    /// <summary>The one-line warning (input/partials/warning-line.md): printed inside every card.</summary>
    public MarkdownContent WarningLine { get; init; } = MarkdownContent.Empty;

    /// <summary>Words readers may not know, each with a plain explanation (input/jargon.yml), for `check`.</summary>
    public IReadOnlyList<JargonTerm> Jargon { get; init; } = [];

    /// <summary>Every content page, each made from one Markdown file: home, then the sections, then the pages.</summary>
    public IEnumerable<Section> ContentPages => new[] { Home }.Concat(Sections).Concat(Pages);

    private SectionTree? _tree;

    /// <summary>The sections by their folders: the top level and each group's sections (issue 16).</summary>
    public SectionTree Tree => _tree ??= SectionTree.Of(Sections);

    /// <summary>
    /// The model with <paramref name="replacement"/> in place of the content page <paramref name="old"/> (home, a
    /// section or a page), everything else the same: `preview` patches the last build's model for a body edit
    /// instead of assembling 11,000 files again (issue 16).
    /// </summary>
    public SiteModel WithPage(Section old, Section replacement)
    {
        IReadOnlyList<Section> Swap(IReadOnlyList<Section> pages) => pages.Any(p => ReferenceEquals(p, old)) ? pages.Select(p => ReferenceEquals(p, old) ? replacement : p).ToList() : pages;
        var patched = this with { Home = ReferenceEquals(Home, old) ? replacement : Home, Sections = Swap(Sections), Pages = Swap(Pages) };

        // The copy's section tree would still hold the old page.
        patched._tree = _tree?.WithPage(old, replacement);
        return patched;
    }

    /// <summary>The exercises of the routine, in routine order.</summary>
    public IReadOnlyList<Exercise> RoutineExercises =>
        Routine.ExerciseIds.Select(id => Exercises.First(e => e.Id == id)).ToList();

    /// <summary>Who wrote and reviewed <paramref name="page"/>: the site's authors, its own reviewer or the site's, its first publication.</summary>
    public Credits CreditsOf(Section page) => new(
        Settings.Authors,
        page.ReviewerId is { } id ? Settings.People.FirstOrDefault(p => p.Id == id) : Settings.Reviewer,
        page.Published);

    /// <summary>The section an exercise belongs to, if any.</summary>
    public Section? SectionOf(Exercise exercise) => Sections.FirstOrDefault(s => s.Slug == exercise.Section);
}
