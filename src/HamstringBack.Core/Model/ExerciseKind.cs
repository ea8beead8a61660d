namespace HamstringBack.Core.Model;

/// <summary>What sort of exercise an exercise file describes.</summary>
public enum ExerciseKind
{
    Stretch,
    DynamicStretch,
    Strength,
}
