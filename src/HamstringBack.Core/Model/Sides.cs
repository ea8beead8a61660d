namespace HamstringBack.Core.Model;

/// <summary>How an exercise uses the two sides of the body.</summary>
public enum Sides
{
    /// <summary>Do all reps on one side, then all on the other.</summary>
    Each,

    /// <summary>Both sides at once.</summary>
    Both,

    /// <summary>Switch sides every rep.</summary>
    Alternating,
}
