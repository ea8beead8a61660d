using HamstringBack.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace HamstringBack.Core.Load;

/// <summary>
/// Parses one YAML text with YamlDotNet into a mapping, after a streaming safety pass that rejects
/// anchors and aliases (alias bombs), very deep nesting and duplicate keys with their positions.
/// </summary>
public static class YamlDocumentLoader
{
    /// <summary>Deepest nesting of lists and mappings accepted.</summary>
    public const int MaxDepth = 16;

    /// <summary>Most YAML nodes accepted in one file.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>Loads <paramref name="yaml"/> whose first line is line <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    public static YamlMappingNode? Load(string file, string yaml, int firstLine, DiagnosticBag diagnostics) =>
        LoadInOnePass(file, yaml, firstLine) ?? LoadChecked(file, yaml, firstLine, diagnostics);

    /// <summary>
    /// The usual case in one read of the text (issue 16: it was read twice, the safety pass then the model): the model
    /// is loaded from a parser whose events go through the safety pass as they come. Null on any problem at all, and
    /// then <see cref="LoadChecked"/> reads it again in two passes for the diagnostics, exactly as they always were.
    /// </summary>
    internal static YamlMappingNode? LoadInOnePass(string file, string yaml, int firstLine)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new ScanningParser(new Parser(new StringReader(yaml)), new SafetyScan(file, firstLine, new DiagnosticBag())));
            return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping ? mapping : null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static YamlMappingNode? LoadChecked(string file, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        try
        {
            if (!Scan(file, yaml, firstLine, diagnostics))
            {
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                diagnostics.Add(Errors.EmptyFile(file));
                return null;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                var root = stream.Documents[0].RootNode;
                diagnostics.Add(Errors.WrongType(At(file, firstLine, root.Start), "the file", "a list of 'key: value' lines", Describe(root)));
                return null;
            }

            return mapping;
        }
        catch (YamlException e)
        {
            diagnostics.Add(Describe(file, firstLine, yaml, e));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet can fail this way on some broken input (kept as fuzz-* fixtures); it is still a content error.
            diagnostics.Add(Errors.YamlSyntax(new SourceLocation(file, firstLine, 1), "the YAML reader could not make sense of it"));
            return null;
        }
    }

    /// <summary>The location of a YAML mark in the file.</summary>
    public static SourceLocation At(string file, int firstLine, Mark mark) =>
        new(file, (int)mark.Line + firstLine - 1, (int)mark.Column);

    /// <summary>A short description of a node's type, for "got ..." in messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode s => $"\"{Truncate(s.Value!)}\"",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a group of keys",
        _ => "something else",
    };

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private static bool Scan(string file, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        var scan = new SafetyScan(file, firstLine, diagnostics);
        while (parser.MoveNext())
        {
            if (!scan.Next(parser.Current!))
            {
                return false;
            }
        }

        return scan.Ok;
    }

    private static Diagnostic Describe(string file, int firstLine, string yaml, YamlException e)
    {
        var text = e.Message;
        var close = text.IndexOf("): ", StringComparison.Ordinal);
        if (text.StartsWith('(') && close > 0)
        {
            text = text[(close + 3)..];
        }

        text = text.TrimEnd('.').Replace("While scanning", "while reading", StringComparison.OrdinalIgnoreCase)
            .Replace("While parsing", "while reading", StringComparison.OrdinalIgnoreCase);
        if (text.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return Errors.YamlSyntax(At(file, firstLine, e.Start), "a quote that starts here is never closed");
        }

        if (text.Contains("tab", StringComparison.Ordinal))
        {
            var lines = yaml.Split('\n');
            var tabbed = Array.FindIndex(lines, l => l.Length > l.TrimStart().Length && l[..(l.Length - l.TrimStart().Length)].Contains('\t'));
            var at = tabbed >= 0 ? new SourceLocation(file, firstLine + tabbed, lines[tabbed].IndexOf('\t') + 1) : At(file, firstLine, e.Start);
            return Errors.YamlSyntax(at, "a tab is used to indent this line; YAML needs spaces");
        }

        return Errors.YamlSyntax(At(file, firstLine, e.Start), text);
    }

    /// <summary>The streaming safety pass: one event at a time, with the open lists and mappings and the counts so far.</summary>
    private sealed class SafetyScan(string file, int firstLine, DiagnosticBag diagnostics)
    {
        private readonly Stack<Frame> _frames = new();
        private int _nodes;
        private int _documents;

        /// <summary>False once a problem was reported that still lets the scan go on (a control character, a duplicate key).</summary>
        public bool Ok { get; private set; } = true;

        /// <summary>Checks one event; false after reporting a problem that stops the scan.</summary>
        public bool Next(ParsingEvent current)
        {
            var at = At(file, firstLine, current.Start);
            if (Refusal(current, at) is { } refused)
            {
                diagnostics.Add(refused);
                return false;
            }

            CheckEscapes(current);
            if (current is NodeEvent node)
            {
                if (++_nodes > MaxNodes)
                {
                    diagnostics.Add(Errors.YamlTooComplex(at, $"more than {MaxNodes} values"));
                    return false;
                }

                CheckKey(node);
            }

            Nest(current);
            if (_frames.Count > MaxDepth)
            {
                diagnostics.Add(Errors.YamlTooComplex(at, $"nested more than {MaxDepth} levels deep"));
                return false;
            }

            return true;
        }

        /// <summary>A second document, an alias or an anchor: none is read further.</summary>
        private Diagnostic? Refusal(ParsingEvent current, SourceLocation at) => current switch
        {
            DocumentStart when ++_documents > 1 => Errors.YamlSyntax(at, "the file holds more than one document (a second --- line)"),
            AnchorAlias => Errors.YamlTooComplex(at, "it uses an alias"),
            NodeEvent { Anchor.IsEmpty: false } => Errors.YamlTooComplex(at, "it uses an anchor"),
            _ => null,
        };

        private void CheckEscapes(ParsingEvent current)
        {
            if (current is Scalar { Value: var value } scalar && ControlCharacters.IndexOfForbidden(value) is var bad && bad >= 0)
            {
                // The text itself was checked when read: this one comes from an escape such as "\a" or "\u202E".
                diagnostics.Add(Errors.ControlCharacter(At(file, firstLine, scalar.Start), value[bad], writtenAsEscape: true));
                Ok = false;
            }
        }

        /// <summary>In a mapping, every other node is a key: each key once.</summary>
        private void CheckKey(NodeEvent node)
        {
            if (_frames.TryPeek(out var top) && top.Keys is not null)
            {
                if (top.ExpectKey && node is Scalar key && !top.Keys.Add(key.Value))
                {
                    diagnostics.Add(Errors.DuplicateKey(At(file, firstLine, key.Start), key.Value));
                    Ok = false;
                }

                top.ExpectKey = !top.ExpectKey;
            }
        }

        private void Nest(ParsingEvent current)
        {
            switch (current)
            {
                case MappingStart:
                    _frames.Push(new Frame(new HashSet<string>(StringComparer.Ordinal)));
                    break;
                case SequenceStart:
                    _frames.Push(new Frame(null));
                    break;
                case MappingEnd or SequenceEnd:
                    _frames.Pop();
                    break;
            }
        }
    }

    /// <summary>A parser whose events pass the safety scan as they are read; a refused event ends the read with an exception.</summary>
    private sealed class ScanningParser(IParser parser, SafetyScan scan) : IParser
    {
        public ParsingEvent? Current => parser.Current;

        public bool MoveNext()
        {
            if (!parser.MoveNext())
            {
                return false;
            }

            return scan.Next(parser.Current!) && scan.Ok ? true : throw new InvalidOperationException("refused by the safety scan");
        }
    }

    private sealed class Frame(HashSet<string>? keys)
    {
        public HashSet<string>? Keys { get; } = keys;

        public bool ExpectKey { get; set; } = true;
    }
}
