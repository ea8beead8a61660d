using System.Text;
using HamstringBack.Core.Schema;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace HamstringBack.Core.Scaffold;

/// <summary>Writes a schema's keys as the body of a starter file: each key with its help as a comment above it.</summary>
public static class StarterYaml
{
    /// <summary>
    /// Every key <paramref name="schema"/> lets `new` write, in order, with <paramref name="values"/> (already YAML)
    /// instead of the schema's starter values; a blank line before each key when <paramref name="spaced"/>.
    /// </summary>
    public static string Write(KeySchema schema, IReadOnlyDictionary<string, string> values, bool spaced)
    {
        var text = new StringBuilder();
        foreach (var key in schema.Keys.Where(k => k.Starter != StarterLine.Left))
        {
            if (spaced)
            {
                text.Append('\n');
            }

            text.Append("# ").Append(Comment(key)).Append('\n');
            var value = values.GetValueOrDefault(key.Name) ?? key.StarterValue ?? key.Example;
            if (key.StarterValue is not null && !values.ContainsKey(key.Name))
            {
                text.Append("# For example: ").Append(key.Name).Append(": ").Append(key.Example).Append('\n');
            }

            var off = key.Starter == StarterLine.CommentedOut ? "# " : string.Empty;
            foreach (var line in Lines(key.Name, value))
            {
                text.Append(off).Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A value as one YAML scalar, quoted or folded as YamlDotNet's emitter decides.</summary>
    public static string Scalar(string value)
    {
        var text = new StringWriter();
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new Scalar(value));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString().TrimEnd('\n', '\r');
    }

    private static string Comment(KeySpec key)
    {
        var required = key.Required ? "(required) " : string.Empty;
        if (key.Type is KeyType.Text or KeyType.Choice)
        {
            return required + key.Help;
        }

        var value = KeyDescriber.Describe(key, code: false);
        return $"{required}{key.Help} {char.ToUpperInvariant(value[0])}{value[1..]}.";
    }

    /// <summary>A list of texts written one item per line; anything else on the key's line.</summary>
    private static IEnumerable<string> Lines(string name, string value)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(value));
        if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlSequenceNode { Children.Count: > 0 } list
            && list.Children.All(item => item is YamlScalarNode))
        {
            return [$"{name}:", .. list.Children.Select(item => "  - " + Scalar(((YamlScalarNode)item).Value ?? string.Empty))];
        }

        return [$"{name}: {value}"];
    }
}
