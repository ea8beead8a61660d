namespace HamstringBack.Core.Model;

/// <summary>
/// How far a clinician may change an exercise's dose for one patient on /programme/ (issue 20), from the optional
/// key <c>dose_range</c>. A range that is not written is the exercise's own value only: that part of the dose
/// cannot be changed.
/// </summary>
/// <param name="Sets">Sets per side and session.</param>
/// <param name="Reps">Repetitions (per side for <c>each</c> and <c>alternating</c>).</param>
/// <param name="HoldSeconds">Seconds to hold; (0, 0) for a moving exercise.</param>
/// <param name="PerDay">Sessions a day.</param>
public sealed record DoseRange(IntRange Sets, IntRange Reps, IntRange HoldSeconds, IntRange PerDay);

/// <summary>Whole numbers from <paramref name="Min"/> to <paramref name="Max"/>, both included.</summary>
public sealed record IntRange(int Min, int Max)
{
    /// <summary>The range holding one value only.</summary>
    public static IntRange Only(int value) => new(value, value);

    /// <summary>True when <paramref name="value"/> is in the range.</summary>
    public bool Contains(int value) => value >= Min && value <= Max;
}
