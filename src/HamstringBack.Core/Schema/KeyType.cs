namespace HamstringBack.Core.Schema;

/// <summary>The type of a key's value in an input file: what the loader accepts and the JSON Schema says.</summary>
public abstract record KeyType
{
    private KeyType()
    {
    }

    /// <summary>A piece of text, not empty; optionally matching <paramref name="Pattern"/> (an ECMA regex).</summary>
    public sealed record Text(string? Pattern = null) : KeyType;

    /// <summary>A whole number from <paramref name="Min"/> to <paramref name="Max"/>.</summary>
    public sealed record Integer(int Min, int Max) : KeyType;

    /// <summary>A date written YYYY-MM-DD.</summary>
    public sealed record Date : KeyType;

    /// <summary>One of a fixed set of words.</summary>
    public sealed record Choice(IReadOnlyList<string> Values) : KeyType;

    /// <summary>An absolute https (or http) web address.</summary>
    public sealed record WebAddress : KeyType;

    /// <summary>Two whole numbers, [lowest, highest], each from <paramref name="Min"/> to <paramref name="Max"/>.</summary>
    public sealed record IntegerPair(int Min, int Max) : KeyType;

    /// <summary>A list of <paramref name="MinItems"/> to <paramref name="MaxItems"/> texts, each one of <paramref name="Values"/> when given.</summary>
    public sealed record TextList(int MinItems, int MaxItems, IReadOnlyList<string>? Values = null) : KeyType;

    /// <summary>
    /// A list of mappings shaped by <paramref name="Item"/>; when present and not empty, at least
    /// <paramref name="MinItems"/> of them.
    /// </summary>
    public sealed record ObjectList(KeySchema Item, int MinItems = 0) : KeyType;

    /// <summary>A mapping shaped by <paramref name="Shape"/>.</summary>
    public sealed record Object(KeySchema Shape) : KeyType;
}
