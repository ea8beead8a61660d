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
    /// <summary>The exercises of the routine, in routine order.</summary>
    public IReadOnlyList<Exercise> RoutineExercises =>
        Routine.ExerciseIds.Select(id => Exercises.First(e => e.Id == id)).ToList();

    /// <summary>The section an exercise belongs to, if any.</summary>
    public Section? SectionOf(Exercise exercise) => Sections.FirstOrDefault(s => s.Slug == exercise.Section);
}
