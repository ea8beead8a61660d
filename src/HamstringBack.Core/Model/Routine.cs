namespace HamstringBack.Core.Model;

/// <summary>The daily routine from input/routine.yml: exercise ids in order.</summary>
public sealed record Routine(string Title, IReadOnlyList<string> ExerciseIds);
