namespace HamstringBack.Core.Schema;

/// <summary>
/// The keys of one kind of YAML mapping (an input file, or an entry such as a frame), in the order they are
/// listed in messages, tables and starter files. <paramref name="Id"/> names the JSON Schema
/// (docs/schemas/&lt;id&gt;.schema.json) and the marker of its key tables (&lt;!-- schema:id --&gt;).
/// </summary>
public sealed record KeySchema(string Id, string Title, string Description, IReadOnlyList<KeySpec> Keys)
{
    /// <summary>When set, the mapping's keys are free words, each with a value of this type (jargon.yml).</summary>
    public KeyType? AnyKey { get; init; }

    /// <summary>What the browser editor calls the files of this kind, in an editor's words (issue 18); the title if unset.</summary>
    public string EditorLabel { get; init; } = Title;

    /// <summary>Every key's name, in order: the allowed keys of the unknown-key check (HB0104).</summary>
    public IReadOnlyList<string> Names => [.. Keys.Select(k => k.Name)];

    /// <summary>The key called <paramref name="name"/>.</summary>
    public KeySpec this[string name] => Keys.Single(k => k.Name == name);
}
