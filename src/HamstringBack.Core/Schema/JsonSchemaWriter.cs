using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HamstringBack.Core.Schema;

/// <summary>Writes a <see cref="KeySchema"/> as a JSON Schema (draft 2020-12), for editors and other tools.</summary>
public static class JsonSchemaWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON Schema of <paramref name="schema"/>, as the text kept in docs/schemas/.</summary>
    public static string Write(KeySchema schema)
    {
        var defs = new JsonObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = schema.Title,
            ["description"] = schema.Description,
        };
        foreach (var (name, value) in Shape(schema, defs))
        {
            root[name] = value?.DeepClone();
        }

        if (defs.Count > 0)
        {
            root["$defs"] = defs;
        }

        return root.ToJsonString(Options) + "\n";
    }

    private static JsonObject Shape(KeySchema schema, JsonObject defs)
    {
        if (schema.AnyKey is { } any)
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Value(any, defs) };
        }

        var properties = new JsonObject();
        foreach (var key in schema.Keys)
        {
            var property = Value(key.Type, defs);
            property["description"] = key.Help;
            if (key.Default is { } fallback)
            {
                property["default"] = YamlJson.Parse(fallback);
            }

            property["examples"] = new JsonArray(YamlJson.Parse(key.Example));
            properties[key.Name] = property;
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. schema.Keys.Where(k => k.Required).Select(k => JsonValue.Create(k.Name))]),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Value(KeyType type, JsonObject defs) => type switch
    {
        KeyType.Text { Pattern: { } pattern } => new() { ["type"] = "string", ["pattern"] = pattern },
        KeyType.Text => new() { ["type"] = "string", ["pattern"] = @"\S" },
        KeyType.Integer i => new() { ["type"] = "integer", ["minimum"] = i.Min, ["maximum"] = i.Max },
        KeyType.IntegerPair p => new()
        {
            ["type"] = "array", ["items"] = new JsonObject { ["type"] = "integer", ["minimum"] = p.Min, ["maximum"] = p.Max },
            ["minItems"] = 2, ["maxItems"] = 2,
        },
        KeyType.Date => new() { ["type"] = "string", ["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" },
        KeyType.Choice c => new() { ["enum"] = Strings(c.Values) },
        KeyType.WebAddress => new() { ["type"] = "string", ["pattern"] = @"^https?://\S+$" },
        KeyType.TextList l => List(l.MinItems, l.Values is { } values ? new() { ["enum"] = Strings(values) } : Value(new KeyType.Text(), defs), l.MaxItems),
        KeyType.ObjectList o => ObjectList(o, defs),
        KeyType.Object o => Reference(o.Shape, defs),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static JsonObject List(int min, JsonObject items, int max)
    {
        var list = new JsonObject
        {
            // An empty optional list may be written "key:" with nothing after it.
            ["type"] = min == 0 ? new JsonArray("array", "null") : "array",
            ["items"] = items,
        };
        if (min > 0)
        {
            list["minItems"] = min;
        }

        list["maxItems"] = max;
        return list;
    }

    private static JsonObject ObjectList(KeyType.ObjectList o, JsonObject defs)
    {
        var list = new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = Reference(o.Item, defs) };
        if (o.MinItems > 1)
        {
            list["anyOf"] = new JsonArray(new JsonObject { ["maxItems"] = 0 }, new JsonObject { ["minItems"] = o.MinItems });
        }

        return list;
    }

    private static JsonObject Reference(KeySchema shape, JsonObject defs)
    {
        if (!defs.ContainsKey(shape.Id))
        {
            defs[shape.Id] = null;
            var def = new JsonObject { ["title"] = shape.Title, ["description"] = shape.Description };
            foreach (var (name, value) in Shape(shape, defs))
            {
                def[name] = value?.DeepClone();
            }

            defs[shape.Id] = def;
        }

        return new JsonObject { ["$ref"] = $"#/$defs/{shape.Id}" };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);
}
