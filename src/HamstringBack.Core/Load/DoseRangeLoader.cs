using System.Globalization;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Schema;
using YamlDotNet.RepresentationModel;

namespace HamstringBack.Core.Load;

/// <summary>
/// Reads an exercise's optional <c>dose_range</c> (issue 20), e.g. <c>{ sets: [1, 3], reps: [5, 15] }</c>: each
/// range within the limits of its own key, lowest first, and holding the exercise's own value.
/// </summary>
public static class DoseRangeLoader
{
    /// <summary>The keys of <c>dose_range</c>, each with the limits of the exercise key it ranges over.</summary>
    public static readonly IReadOnlyList<(string Key, int Min, int Max)> Keys =
        [.. ExerciseSchema.DoseRange.Keys.Select(k => k.Type is KeyType.IntegerPair p ? (k.Name, p.Min, p.Max) : throw new InvalidOperationException(k.Name))];

    /// <summary>The ranges; each one not written is the exercise's own value. Errors are reported on <paramref name="f"/>.</summary>
    public static DoseRange Load(YamlFields f, int sets, int? reps, int? hold, int perDay)
    {
        var own = new Dictionary<string, int?> { ["sets"] = sets, ["reps"] = reps, ["hold_seconds"] = hold, ["per_day"] = perDay };
        var ranges = Keys.ToDictionary(k => k.Key, k => IntRange.Only(own[k.Key] ?? 0));
        if (f.Mapping("dose_range", "ranges like { sets: [1, 3], reps: [5, 15] }") is not { } fields)
        {
            return Build(ranges);
        }

        fields.RejectUnknownKeys(Keys.Select(k => k.Key).ToList());
        foreach (var (key, min, max) in Keys)
        {
            if (Range(fields, key, min, max) is not { } range)
            {
                continue;
            }

            if (own[key] is not { } value)
            {
                fields.Report(Errors.DoseRangeWithoutValue(fields.LocationOf(key), key));
            }
            else if (!range.Contains(value))
            {
                fields.Report(Errors.DoseDefaultOutsideRange(fields.LocationOf(key), key, value, range.Min, range.Max));
            }
            else
            {
                ranges[key] = range;
            }
        }

        f.Include(fields);
        return Build(ranges);
    }

    private static DoseRange Build(Dictionary<string, IntRange> r) => new(r["sets"], r["reps"], r["hold_seconds"], r["per_day"]);

    private static IntRange? Range(YamlFields fields, string key, int min, int max)
    {
        if (fields.Node(key) is not { } node)
        {
            return null;
        }

        if (node is not YamlSequenceNode { Children: [YamlScalarNode low, YamlScalarNode high] }
            || !int.TryParse(low.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(high.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var to))
        {
            fields.Report(Errors.DoseRangeNotPair(fields.LocationOf(key), key, min, max));
            return null;
        }

        if (from > to)
        {
            fields.Report(Errors.DoseRangeReversed(fields.LocationOf(key), key, from, to));
            return null;
        }

        if (from < min || to > max)
        {
            fields.Report(Errors.DoseRangeBeyondLimits(fields.LocationOf(key), key, from, to, min, max));
            return null;
        }

        return new IntRange(from, to);
    }
}
