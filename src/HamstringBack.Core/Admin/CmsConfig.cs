using System.Collections;
using System.Globalization;
using HamstringBack.Core.Schema;
using YamlDotNet.RepresentationModel;

namespace HamstringBack.Core.Admin;

/// <summary>
/// Writes admin/config.yml, the browser editor's (Decap CMS) configuration, from the input schemas
/// (<see cref="InputSchemas"/>): every key of every file kind as a field, with its widget, range, hint and
/// required-ness, in the schema's order (the order the editor writes the keys in). Nothing here is typed twice,
/// so the editor accepts what the loader accepts; what it cannot check (links, ids, frames' steps) the build does.
/// </summary>
public static class CmsConfig
{
    /// <summary>Where the configuration goes in the built site, beside admin/index.html.</summary>
    public const string FileName = "admin/config.yml";

    /// <summary>
    /// The file kinds the editor lists, each with the schema of its keys. jargon.yml is left out: its keys are free
    /// words, which the editor's fields cannot express.
    /// </summary>
    public static IReadOnlyList<KeySchema> Edited { get; } =
        [PageSchema.Section, PageSchema.Page, PageSchema.Home, ExerciseSchema.Exercise, SiteSchema.Routine, SiteSchema.Site];

    /// <summary>
    /// The configuration's text for an input folder called <paramref name="input"/> (its path from where decap-server
    /// runs) on a site whose pictures are at <paramref name="images"/> ("/images/", with the site's base path), saving
    /// online to <paramref name="repository"/>'s <paramref name="branch"/> (site.yml's editor_repository; null for none).
    /// </summary>
    public static string Write(string input, string images, string? repository, string branch)
    {
        var config = new Dictionary<string, object>
        {
            ["backend"] = Backend(repository, branch),
            ["local_backend"] = true,
            ["media_folder"] = $"{input}/images",
            ["public_folder"] = images.TrimEnd('/'),
            ["collections"] = new List<object>
            {
                Folder("sections", PageSchema.Section, $"{input}/sections", "md", create: false, nested: true),
                Folder("pages", PageSchema.Page, $"{input}/pages", "md", create: false, nested: false),
                Folder("exercises", ExerciseSchema.Exercise, $"{input}/exercises", "yml", create: true, nested: false),
                new Dictionary<string, object>
                {
                    ["name"] = "settings",
                    ["label"] = "Settings",
                    ["files"] = new List<object>
                    {
                        File("home", PageSchema.Home, $"{input}/home.md"),
                        File("routine", SiteSchema.Routine, $"{input}/routine.yml"),
                        File("site", SiteSchema.Site, $"{input}/site.yml"),
                    },
                },
            },
        };
        var text = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(Node(config))).Save(text, assignAnchors: false);
        var yaml = text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n...\n", "\n", StringComparison.Ordinal);
        return "# Written by the build from the input schema (src/HamstringBack.Core/Schema): edit the schema, not this file.\n" + yaml;
    }

    /// <summary>
    /// Online: GitHub, signed in through an OAuth provider (Netlify Identity and Git Gateway are deprecated). On
    /// localhost the editor talks to decap-server instead (local_backend), which edits the files on disk and needs no
    /// repo; without one, Decap refuses to start online and admin.js says that editor_repository is not set.
    /// </summary>
    private static Dictionary<string, object> Backend(string? repository, string branch)
    {
        var backend = new Dictionary<string, object> { ["name"] = "github" };
        if (repository is not null)
        {
            backend["repo"] = repository;
        }

        backend["branch"] = branch;
        return backend;
    }

    /// <summary>A value of the configuration as a YAML node; YamlDotNet's emitter quotes what needs quoting.</summary>
    private static YamlNode Node(object value) => value switch
    {
        string text => new YamlScalarNode(text),
        bool flag => new YamlScalarNode(flag ? "true" : "false"),
        int number => new YamlScalarNode(number.ToString(CultureInfo.InvariantCulture)),
        Dictionary<string, object> map => new YamlMappingNode(map.Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Key), Node(p.Value)))),
        IEnumerable list => new YamlSequenceNode(list.Cast<object>().Select(Node)),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    private static Dictionary<string, object> Folder(string name, KeySchema schema, string folder, string extension, bool create, bool nested)
    {
        var collection = new Dictionary<string, object>
        {
            ["name"] = name,
            ["label"] = schema.EditorLabel,
            ["description"] = schema.Description,
            ["folder"] = folder,
            ["extension"] = extension,
            ["format"] = extension == "md" ? "frontmatter" : "yml",
            ["create"] = create,
            ["slug"] = "{{slug}}",
            ["identifier_field"] = schema.Keys[0].Name,
        };
        if (nested)
        {
            // Groups: input/sections/NN-group/_group.md and the sections beside it.
            collection["nested"] = new Dictionary<string, object> { ["depth"] = 2, ["summary"] = "{{" + schema.Keys[0].Name + "}}" };
        }

        collection["fields"] = Fields(schema, markdown: extension == "md");
        return collection;
    }

    private static Dictionary<string, object> File(string name, KeySchema schema, string path) => new()
    {
        ["name"] = name,
        ["label"] = schema.EditorLabel,
        ["file"] = path,
        ["fields"] = Fields(schema, markdown: path.EndsWith(".md", StringComparison.Ordinal)),
    };

    private static List<object> Fields(KeySchema schema, bool markdown)
    {
        var fields = schema.Keys.Select(Field).ToList<object>();
        if (markdown)
        {
            // Raw Markdown only: the rich-text mode rewrites the text (lists, escapes) and would mangle {{ }} shortcodes.
            fields.Add(new Dictionary<string, object> { ["name"] = "body", ["label"] = PageSchema.BodyLabel, ["widget"] = "markdown", ["modes"] = new[] { "raw" } });
        }

        return fields;
    }

    /// <summary>One key as an editor field (Decap's widget and its options).</summary>
    public static Dictionary<string, object> Field(KeySpec key)
    {
        var field = new Dictionary<string, object> { ["name"] = key.Name, ["label"] = key.Label, ["hint"] = key.Help, ["required"] = key.Required };
        foreach (var (option, value) in Widget(key.Type, key.Help, key.Label))
        {
            field[option] = value;
        }

        return field;
    }

    private static IEnumerable<(string, object)> Widget(KeyType type, string help, string label) => type switch
    {
        KeyType.Text { Pattern: { } pattern } => [("widget", "string"), ("pattern", new[] { pattern, help })],
        KeyType.Text => [("widget", "string")],
        KeyType.WebAddress => [("widget", "string"), ("pattern", new[] { @"^https?://\S+$", help })],
        KeyType.Integer i => Number(i.Min, i.Max),
        KeyType.Date => [("widget", "datetime"), ("format", "YYYY-MM-DD"), ("date_format", "YYYY-MM-DD"), ("time_format", false)],
        KeyType.Choice c => [("widget", "select"), ("options", c.Values)],
        KeyType.IntegerPair p => List(2, 2, Item(label, Number(p.Min, p.Max))),
        KeyType.TextList { Values: { } values } l => [("widget", "select"), ("multiple", true), ("options", values), ("min", l.MinItems), ("max", l.MaxItems)],
        KeyType.TextList l => List(l.MinItems, l.MaxItems, Item(label, [("widget", "string")])),
        KeyType.ObjectList o => [("widget", "list"), ("collapsed", true), ("fields", o.Item.Keys.Select(Field).ToList())],
        KeyType.Object o => [("widget", "object"), ("collapsed", true), ("fields", o.Shape.Keys.Select(Field).ToList())],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static (string, object)[] Number(int min, int max) =>
        [("widget", "number"), ("value_type", "int"), ("min", min), ("max", max), ("step", 1)];

    private static Dictionary<string, object> Item(string label, IEnumerable<(string Option, object Value)> widget) =>
        new[] { ("name", (object)"item"), ("label", label) }.Concat(widget).ToDictionary(p => p.Item1, p => p.Item2);

    private static (string, object)[] List(int min, int max, Dictionary<string, object> item) =>
        // Not collapsed: each text or number is its own input, which a collapsed item would hide behind its label.
        min > 0
            ? [("widget", "list"), ("collapsed", false), ("field", item), ("min", min), ("max", max)]
            : [("widget", "list"), ("collapsed", false), ("field", item), ("max", max)];
}
