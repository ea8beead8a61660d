using System.Text.Json.Nodes;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;
using HamstringBack.Core.Schema;
using Json.Schema;

namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// Validates input files against the committed JSON Schemas in docs/schemas/ with a real validator
/// (JsonSchema.Net), reading YAML as an editor's YAML language server does (<see cref="YamlJson"/>).
/// </summary>
public static class InputSchemaValidator
{
    /// <summary>The schema that describes the input file at <paramref name="relativePath"/> ("exercises/x.yml"); null if none.</summary>
    public static KeySchema? SchemaFor(string relativePath) => relativePath.Replace('\\', '/') switch
    {
        "site.yml" => SiteSchema.Site,
        "routine.yml" => SiteSchema.Routine,
        "jargon.yml" => SiteSchema.Jargon,
        "home.md" => PageSchema.Home,
        var p when p.StartsWith("exercises/", StringComparison.Ordinal) && p.EndsWith(".yml", StringComparison.Ordinal) => ExerciseSchema.Exercise,
        var p when p.StartsWith("sections/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal) => PageSchema.Section,
        var p when p.StartsWith("pages/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal) => PageSchema.Page,
        _ => null,
    };

    /// <summary>The YAML of an input file (the front matter of a Markdown file) as JSON.</summary>
    public static JsonNode? ToJson(string relativePath, string text)
    {
        var yaml = text;
        if (relativePath.EndsWith(".md", StringComparison.Ordinal))
        {
            var parts = FrontMatterSplitter.Split(new SourceFile(relativePath, relativePath, text), new DiagnosticBag());
            yaml = parts?.Yaml ?? throw new InvalidOperationException($"{relativePath} has no front matter.");
        }

        return YamlJson.Parse(yaml);
    }

    /// <summary>The result of validating <paramref name="json"/> against the committed JSON Schema of <paramref name="schema"/>.</summary>
    public static EvaluationResults Validate(KeySchema schema, JsonNode? json)
    {
        var file = Path.Combine(RepoPaths.Root, InputSchemas.PathOf(schema));
        var jsonSchema = JsonSchema.FromText(File.ReadAllText(file));
        return jsonSchema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>The validator's errors, one line each, for an assertion message.</summary>
    public static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
