namespace HamstringBack.Core.Schema;

/// <summary>Every kind of input file that has a schema, and which files in input/ it describes.</summary>
public static class InputSchemas
{
    /// <summary>
    /// Each file kind's schema with the input/ globs it covers (the patterns of .vscode/settings.json); Markdown
    /// front matter has no glob there, as editors read schemas for YAML files only.
    /// </summary>
    public static IReadOnlyList<(KeySchema Schema, IReadOnlyList<string> Globs)> Files { get; } =
    [
        (SiteSchema.Site, ["input/site.yml"]),
        (PageSchema.Home, []),
        (PageSchema.Section, []),
        (PageSchema.Page, []),
        (ExerciseSchema.Exercise, ["input/exercises/*.yml"]),
        (SiteSchema.Routine, ["input/routine.yml"]),
        (SiteSchema.Jargon, ["input/jargon.yml"]),
    ];

    /// <summary>The folder, from the repository root, that holds the JSON Schemas.</summary>
    public const string Folder = "docs/schemas";

    /// <summary>The JSON Schema's path from the repository root: docs/schemas/&lt;id&gt;.schema.json.</summary>
    public static string PathOf(KeySchema schema) => $"{Folder}/{schema.Id}.schema.json";
}
