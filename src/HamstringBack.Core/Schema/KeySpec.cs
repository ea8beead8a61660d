namespace HamstringBack.Core.Schema;

/// <summary>
/// One key of an input file: its name, type, whether it must be there, what it means (<paramref name="Help"/>,
/// shown in starter files, the key tables and editors) and an <paramref name="Example"/> value written as YAML.
/// </summary>
public sealed record KeySpec(string Name, KeyType Type, bool Required, string Help, string Example)
{
    /// <summary>What the missing-key message (HB0103) suggests after "Add it: name: "; for required keys.</summary>
    public string Hint { get; init; } = string.Empty;

    /// <summary>The value used when the key is left out, as written in the tables; null when there is none.</summary>
    public string? Default { get; init; }

    /// <summary>How `new` writes the key in a starter file.</summary>
    public StarterLine Starter { get; init; } = StarterLine.Written;

    /// <summary>The value `new` writes; null to write <see cref="Example"/>.</summary>
    public string? StarterValue { get; init; }

    /// <summary>
    /// What the browser editor calls the key (issue 18); without one set, the name in words ("per_day" reads
    /// "Per day"). Set it where the name alone would puzzle a clinician ("reps" reads "Repetitions").
    /// </summary>
    public string Label
    {
        get => _label ?? char.ToUpperInvariant(Name[0]) + Name[1..].Replace('_', ' ');
        init => _label = value;
    }

    private readonly string? _label;
}
