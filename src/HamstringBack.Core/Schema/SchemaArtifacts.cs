using System.Text;
using System.Text.RegularExpressions;

namespace HamstringBack.Core.Schema;

/// <summary>
/// The files generated from the schemas: docs/schemas/*.schema.json, the key tables between
/// <c>&lt;!-- schema:id --&gt;</c> and <c>&lt;!-- /schema --&gt;</c> in README.md and docs/editing.md, and
/// .vscode/settings.json. A test keeps the committed files equal to these.
/// </summary>
public static partial class SchemaArtifacts
{
    /// <summary>The documents whose key tables are generated.</summary>
    public static IReadOnlyList<string> TableDocuments { get; } = ["README.md", "docs/editing.md"];

    /// <summary>Every schema that has a JSON Schema or a key table: the file kinds and the entries inside them.</summary>
    public static IReadOnlyList<KeySchema> All { get; } =
    [
        .. InputSchemas.Files.Select(f => f.Schema),
        ExerciseSchema.Frame, ExerciseSchema.Arrow, PageSchema.Source, SiteSchema.Person,
    ];

    /// <summary>Each generated file's path from <paramref name="root"/> (the repository) and its current text.</summary>
    public static IReadOnlyDictionary<string, string> Generate(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (schema, _) in InputSchemas.Files)
        {
            files[InputSchemas.PathOf(schema)] = JsonSchemaWriter.Write(schema);
        }

        foreach (var document in TableDocuments)
        {
            files[document] = WithTables(File.ReadAllText(Path.Combine(root, document)));
        }

        files[".vscode/settings.json"] = EditorSettings();
        return files;
    }

    /// <summary>The comment that opens an input YAML file, naming its JSON Schema for the editor.</summary>
    public static string SchemaComment(KeySchema schema, int foldersDeep) =>
        $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", foldersDeep + 1))}{InputSchemas.PathOf(schema)}";

    /// <summary><paramref name="text"/> with every marked key table rewritten from its schema.</summary>
    public static string WithTables(string text) => Marked().Replace(text, m =>
    {
        var id = m.Groups[1].Value;
        var schema = All.SingleOrDefault(s => s.Id == id) ?? throw new InvalidOperationException($"No schema is called '{id}'.");
        return $"<!-- schema:{id} -->\n{KeyTableWriter.Write(schema)}<!-- /schema -->";
    });

    private static string EditorSettings()
    {
        var json = new StringBuilder("{\n  \"yaml.schemas\": {\n");
        var withGlobs = InputSchemas.Files.Where(f => f.Globs.Count > 0).ToList();
        foreach (var (schema, globs) in withGlobs)
        {
            var comma = schema == withGlobs[^1].Schema ? string.Empty : ",";
            json.Append($"    \"./{InputSchemas.PathOf(schema)}\": [{string.Join(", ", globs.Select(g => $"\"{g}\""))}]{comma}\n");
        }

        return json.Append("  }\n}\n").ToString();
    }

    [GeneratedRegex(@"<!-- schema:([a-z-]+) -->\n.*?<!-- /schema -->", RegexOptions.Singleline)]
    private static partial Regex Marked();
}
