namespace HamstringBack.Core.Schema;

/// <summary>Says in words what a key's value must be, for the key tables and starter files.</summary>
public static class KeyDescriber
{
    /// <summary>The value's type and limits, e.g. "whole number, 1–600"; <paramref name="code"/> marks words as Markdown code.</summary>
    public static string Describe(KeySpec key, bool code)
    {
        var words = Describe(key.Type, code);
        return key.Default is null ? words : $"{words}; default {Code(key.Default, code)}";
    }

    private static string Describe(KeyType type, bool code) => type switch
    {
        KeyType.Text => "text",
        KeyType.Integer i => $"whole number, {i.Min}–{i.Max}",
        KeyType.IntegerPair p => $"[lowest, highest], whole numbers {p.Min}–{p.Max}",
        KeyType.Date => $"date, {Code("YYYY-MM-DD", code)}",
        KeyType.Choice c => OneOf(c.Values, code),
        KeyType.WebAddress => $"web address, {Code("https://…", code)}",
        KeyType.TextList { Values: { } values } l => $"list of {Count(l.MinItems, l.MaxItems)}: {OneOf(values, code)}",
        KeyType.TextList l => $"list of {Count(l.MinItems, l.MaxItems)} texts",
        KeyType.ObjectList o => $"list of {o.Item.Title.ToLowerInvariant()} entries{(o.MinItems > 1 ? $", {o.MinItems} or more" : string.Empty)}",
        KeyType.Object o => $"mapping of {o.Shape.Title.ToLowerInvariant()}",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string Count(int min, int max) => min == 0 ? $"up to {max}" : $"{min} to {max}";

    private static string OneOf(IReadOnlyList<string> values, bool code) =>
        values.Count == 1 ? Code(values[0], code) : $"{string.Join(", ", values.SkipLast(1).Select(v => Code(v, code)))} or {Code(values[^1], code)}";

    private static string Code(string text, bool code) => code ? $"`{text}`" : text;
}
