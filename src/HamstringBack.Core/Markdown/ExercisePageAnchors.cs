namespace HamstringBack.Core.Markdown;

/// <summary>The heading ids every exercise page has (the exercise template must use these).</summary>
public static class ExercisePageAnchors
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "how-to-do-it", "how-much", "build-up", "when-to-stop", "warning-signs", "tips", "done-today",
    };
}
