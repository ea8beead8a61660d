using System.Globalization;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HamstringBack.Core.Load;

/// <summary>
/// Reads typed values out of one YAML mapping, reporting every missing key, wrong type, unknown key
/// or out-of-range value as a located diagnostic instead of throwing.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _mapping;
    private readonly string _file;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;

    public YamlFields(YamlMappingNode mapping, string file, int firstLine, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        _file = file;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    /// <summary>True when any read so far reported an error.</summary>
    public bool Failed { get; private set; }

    /// <summary>Where the mapping starts.</summary>
    public SourceLocation Start => At(_mapping.Start);

    /// <summary>Reports keys that are not in <paramref name="known"/>, suggesting the nearest known key.</summary>
    public void RejectUnknownKeys(IReadOnlyList<string> known)
    {
        foreach (var key in _mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Report(Errors.UnknownKey(At(key.Start), name, NameSuggester.Nearest(name, known), known));
            }
        }
    }

    /// <summary>Reports keys that <paramref name="schema"/> does not declare, suggesting the nearest declared key.</summary>
    public void RejectUnknownKeys(KeySchema schema) => RejectUnknownKeys(schema.Names);

    /// <summary>A text value declared by <paramref name="key"/>; null when absent (reported if required).</summary>
    public string? Text(KeySpec key) => Text(key.Name, key.Required, key.Hint);

    /// <summary>A whole number in the range <paramref name="key"/> declares; null when absent (reported if required).</summary>
    public int? Integer(KeySpec key) =>
        key.Type is KeyType.Integer range ? Integer(key.Name, key.Required, range.Min, range.Max, key.Hint) : throw NotA(key, "whole number");

    /// <summary>A date declared by <paramref name="key"/>; null when absent (reported if required).</summary>
    public DateOnly? Date(KeySpec key) => Date(key.Name, key.Required);

    /// <summary>A list of texts of the length <paramref name="key"/> declares; empty when absent (reported if required).</summary>
    public IReadOnlyList<string> TextList(KeySpec key) =>
        key.Type is KeyType.TextList list ? TextList(key.Name, key.Required, list.MinItems, list.MaxItems, key.Hint) : throw NotA(key, "list of texts");

    /// <summary>A web address declared by <paramref name="key"/>; null when absent or invalid.</summary>
    public string? WebAddress(KeySpec key) => WebAddress(key.Name, key.Required);

    /// <summary>One of the words <paramref name="choices"/> maps; null when absent (reported if required).</summary>
    public T? Choice<T>(KeySpec key, IReadOnlyDictionary<string, T> choices)
        where T : struct => Choice(key.Name, key.Required, choices);

    /// <summary>A text value; null when absent (reported if required).</summary>
    public string? Text(string key, bool required, string hint = "some text")
    {
        if (Scalar(key, required, hint, "a piece of text") is not { } scalar)
        {
            return null;
        }

        var value = scalar.Value?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            Report(Errors.EmptyValue(At(scalar.Start), key));
            return null;
        }

        return value;
    }

    /// <summary>A whole number in [min, max]; null when absent (reported if required).</summary>
    public int? Integer(string key, bool required, int min, int max, string hint)
    {
        if (Scalar(key, required, hint, $"a whole number from {min} to {max}") is not { } scalar)
        {
            return null;
        }

        if (!long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Report(Errors.WrongType(At(scalar.Start), key, $"a whole number from {min} to {max}", YamlDocumentLoader.Describe(scalar)));
            return null;
        }

        if (number < min || number > max)
        {
            Report(Errors.OutOfRange(At(scalar.Start), key, number, min, max));
            return null;
        }

        return (int)number;
    }

    /// <summary>A date written YYYY-MM-DD; null when absent (reported if required).</summary>
    public DateOnly? Date(string key, bool required)
    {
        if (Scalar(key, required, "a date like 2026-11-20", "a date like 2026-11-20") is not { } scalar)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Report(Errors.BadDate(At(scalar.Start), key, scalar.Value ?? string.Empty));
            return null;
        }

        return date;
    }

    /// <summary>One of a fixed set of words; null when absent (reported if required).</summary>
    public T? Choice<T>(string key, bool required, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        if (Scalar(key, required, $"one of {string.Join(", ", choices.Keys)}", "one word") is not { } scalar)
        {
            return null;
        }

        if (!choices.TryGetValue(scalar.Value ?? string.Empty, out var value))
        {
            Report(Errors.NotOneOf(At(scalar.Start), key, scalar.Value ?? string.Empty, choices.Keys));
            return null;
        }

        return value;
    }

    /// <summary>A list of texts with a count in [min, max]; empty when absent (reported if required).</summary>
    public IReadOnlyList<string> TextList(string key, bool required, int min, int max, string hint)
    {
        if (Node(key, required, hint) is not { } node)
        {
            return [];
        }

        if (node is YamlScalarNode { Value: null or "" } && min == 0)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            Report(Errors.WrongType(At(node.Start), key, $"a list, one item per line starting with '- '", YamlDocumentLoader.Describe(node)));
            return [];
        }

        var items = new List<string>();
        foreach (var item in list.Children)
        {
            if (item is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
            {
                Report(Errors.WrongType(At(item.Start), key, "a list of short texts", YamlDocumentLoader.Describe(item)));
                continue;
            }

            items.Add(text.Trim());
        }

        if (items.Count < min || items.Count > max)
        {
            Report(Errors.ListLength(At(node.Start), key, items.Count, min, max));
        }

        return items;
    }

    /// <summary>A list of sources, each with a title and an https url.</summary>
    public IReadOnlyList<SourceLink> Sources(string key)
    {
        if (Node(key, required: false, string.Empty) is not { } node || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            Report(Errors.WrongType(At(node.Start), key, "a list of sources, each with title and url", YamlDocumentLoader.Describe(node)));
            return [];
        }

        var sources = new List<SourceLink>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                Report(Errors.WrongType(At(item.Start), key, "a list of sources, each with title and url", YamlDocumentLoader.Describe(item)));
                continue;
            }

            var fields = new YamlFields(mapping, _file, _firstLine, _diagnostics);
            fields.RejectUnknownKeys(PageSchema.Source);
            var title = fields.Text(PageSchema.Source["title"]);
            var url = fields.WebAddress(PageSchema.Source["url"]);
            Failed |= fields.Failed;
            if (title is not null && url is not null)
            {
                sources.Add(new SourceLink(title, url));
            }
        }

        return sources;
    }

    /// <summary>
    /// A list of people, each with an <c>id</c>, a <c>profession</c> and optionally a <c>name</c> (none: a role
    /// placeholder) and a <c>registration</c> body; with where each was written.
    /// </summary>
    public IReadOnlyList<(Person Person, SourceLocation At)> People(string key)
    {
        if (Node(key, required: false, string.Empty) is not { } node || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        const string expected = "a list of people, each with id, profession and (once known) name";
        if (node is not YamlSequenceNode list)
        {
            Report(Errors.WrongType(At(node.Start), key, expected, YamlDocumentLoader.Describe(node)));
            return [];
        }

        var people = new List<(Person, SourceLocation)>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                Report(Errors.WrongType(At(item.Start), key, expected, YamlDocumentLoader.Describe(item)));
                continue;
            }

            var fields = new YamlFields(mapping, _file, _firstLine, _diagnostics);
            var schema = SiteSchema.Person;
            fields.RejectUnknownKeys(schema);
            var id = fields.Text(schema["id"]);
            var name = fields.Text(schema["name"]) ?? string.Empty;
            var profession = fields.Text(schema["profession"]);
            var registration = fields.Text(schema["registration"]) ?? string.Empty;
            Failed |= fields.Failed;
            if (id is not null && profession is not null)
            {
                people.Add((new Person(id, name, profession, registration), At(item.Start)));
            }
        }

        return people;
    }

    /// <summary>An absolute https (or http) web address; null when absent or invalid.</summary>
    public string? WebAddress(string key, bool required)
    {
        if (Scalar(key, required, "https://...", "a web address") is not { } scalar)
        {
            return null;
        }

        var value = scalar.Value?.Trim() ?? string.Empty;
        if (Load.WebAddress.Parse(value) is not { } address)
        {
            Report(Errors.BadUrl(At(scalar.Start), key, value));
            return null;
        }

        return address;
    }

    /// <summary>A list of mappings (such as an exercise's frames), each read by its own fields; empty when absent.</summary>
    public IReadOnlyList<YamlFields> MappingList(string key, string hint)
    {
        if (Node(key, required: false, hint) is not { } node || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            Report(Errors.WrongType(At(node.Start), key, "a list, one item per line starting with '- '", YamlDocumentLoader.Describe(node)));
            return [];
        }

        var items = new List<YamlFields>();
        foreach (var item in list.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(new YamlFields(mapping, _file, _firstLine, _diagnostics));
            }
            else
            {
                Report(Errors.WrongType(At(item.Start), key, hint, YamlDocumentLoader.Describe(item)));
            }
        }

        return items;
    }

    /// <summary>A nested mapping read by its own fields; null when absent.</summary>
    public YamlFields? Mapping(string key, string hint)
    {
        if (Node(key, required: false, hint) is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Report(Errors.WrongType(At(node.Start), key, hint, YamlDocumentLoader.Describe(node)));
            return null;
        }

        return new YamlFields(mapping, _file, _firstLine, _diagnostics);
    }

    /// <summary>The keys written, in order.</summary>
    public IReadOnlyList<string> WrittenKeys() =>
        _mapping.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? string.Empty).ToList();

    /// <summary>Marks this read as failed when <paramref name="inner"/> (fields of a nested mapping) failed.</summary>
    public void Include(YamlFields inner) => Failed |= inner.Failed;

    /// <summary>The location of a key's value, for checks made by the caller.</summary>
    public SourceLocation LocationOf(string key) =>
        _mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? At(node.Start) : Start;

    /// <summary>Where each key's value was written.</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations() =>
        _mapping.Children
            .Where(pair => pair.Key is YamlScalarNode { Value: not null })
            .GroupBy(pair => ((YamlScalarNode)pair.Key).Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => At(g.First().Value.Start), StringComparer.Ordinal);

    /// <summary>Reports a diagnostic found by the caller, marking this read as failed.</summary>
    public void Report(Diagnostic diagnostic)
    {
        Failed |= diagnostic.IsError;
        _diagnostics.Add(diagnostic);
    }

    /// <summary>The raw value of an optional key, for shapes the typed readers above do not cover; null when absent.</summary>
    public YamlNode? Node(string key) => Node(key, required: false, string.Empty);

    private YamlNode? Node(string key, bool required, string hint)
    {
        if (_mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return node;
        }

        if (required)
        {
            Report(Errors.MissingKey(Start, key, $"{key}: {hint}"));
        }

        return null;
    }

    private YamlScalarNode? Scalar(string key, bool required, string hint, string expected)
    {
        if (Node(key, required, hint) is not { } node)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Report(Errors.WrongType(At(node.Start), key, expected, YamlDocumentLoader.Describe(node)));
            return null;
        }

        return scalar;
    }

    private static InvalidOperationException NotA(KeySpec key, string type) => new($"The schema declares '{key.Name}' as {key.Type}, not a {type}.");

    private SourceLocation At(Mark mark) => YamlDocumentLoader.At(_file, _firstLine, mark);
}
