using System.Text.Json.Nodes;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;
using HamstringBack.Core.Scaffold;
using HamstringBack.Core.Schema;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Schema;

/// <summary>
/// Issue 13: one declared schema per input file kind (src/HamstringBack.Core/Schema/) gives the loaders' key checks,
/// the starter files of `new`, the key tables of README.md and docs/editing.md, the JSON Schemas in docs/schemas/
/// and .vscode/settings.json. Set HB_UPDATE_SCHEMAS=1 and run this class to regenerate the files on purpose.
/// </summary>
public sealed class InputSchemaTests
{
    /// <summary>
    /// The invalid fixtures whose mistake a JSON Schema can see by itself: an unknown key, a wrong type, a number
    /// out of range, a missing required key, a word not in a list, a bad date, web address or image name, a list
    /// of the wrong length. Mistakes that need other files or the drawing (a missing page, a frame step past the
    /// last step, a pose off the floor) are not schema matters.
    /// </summary>
    public static readonly IReadOnlyList<string> SchemaMatters =
    [
        "bad-kind-value", "bad-sides-value", "bom-and-crlf-with-error", "empty-value", "frame-mistakes", "hold-too-long",
        "hold-zero", "image-absolute-url", "image-path-traversal", "impossible-pose", "input-error-before-theme-error", "missing-required-keys",
        "reps-too-many", "reps-zero", "section-bad-date", "sets-too-many", "site-bad-base-url", "too-few-steps",
        "unknown-key-did-you-mean", "unknown-key-no-suggestion", "wrong-type-name-list", "wrong-type-reps-word",
        "wrong-type-steps-string", "yaml-not-a-mapping",
    ];

    /// <summary>Codes of mistakes in one file's keys and values, which its JSON Schema must see too.</summary>
    private static readonly string[] SchemaCodes =
        ["HB0102", "HB0103", "HB0104", "HB0105", "HB0106", "HB0108", "HB0110", "HB0111", "HB0112", "HB0901", "HB0902", "HB0906", "HB0908"];

    public static TheoryData<string> SchemaMatterCases() => [.. SchemaMatters];

    public static TheoryData<string> InputFiles() =>
        [.. Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Input, f).Replace('\\', '/'))
            .Where(f => InputSchemaValidator.SchemaFor(f) is not null)
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void The_committed_json_schemas_key_tables_and_editor_settings_are_generated_from_the_declared_schemas_issue_13()
    {
        // Given the files generated from the C# schemas
        var generated = SchemaArtifacts.Generate(RepoPaths.Root);
        if (Environment.GetEnvironmentVariable("HB_UPDATE_SCHEMAS") == "1")
        {
            foreach (var (path, text) in generated)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(RepoPaths.Root, path))!);
                File.WriteAllText(Path.Combine(RepoPaths.Root, path), text);
            }
        }

        // Then each committed file is the same, byte for byte, and every schema's table is in the docs
        foreach (var (path, text) in generated)
        {
            var file = Path.Combine(RepoPaths.Root, path);
            Assert.True(File.Exists(file), $"{path} is missing: run HB_UPDATE_SCHEMAS=1 dotnet test --filter FullyQualifiedName~InputSchemaTests");
            Assert.True(text == File.ReadAllText(file), $"{path} is out of date: run HB_UPDATE_SCHEMAS=1 dotnet test --filter FullyQualifiedName~InputSchemaTests");
        }

        var docs = string.Concat(SchemaArtifacts.TableDocuments.Select(d => File.ReadAllText(Path.Combine(RepoPaths.Root, d))));
        Assert.All(new[] { "exercise", "frame", "section", "site", "person", "routine" }, id => Assert.Contains($"<!-- schema:{id} -->", docs));
        Assert.Equal(
            Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, InputSchemas.Folder)).Select(f => InputSchemas.Folder + "/" + Path.GetFileName(f)).Order(),
            generated.Keys.Where(k => k.StartsWith(InputSchemas.Folder, StringComparison.Ordinal)).Order());
    }

    [Theory]
    [MemberData(nameof(InputFiles))]
    public void Every_input_file_is_valid_against_its_json_schema_issue_13(string file)
    {
        // Given a file of the real input/ and its JSON Schema
        var schema = InputSchemaValidator.SchemaFor(file)!;
        var json = InputSchemaValidator.ToJson(file, File.ReadAllText(Path.Combine(RepoPaths.Input, file)));

        // When a JSON Schema validator checks it
        var results = InputSchemaValidator.Validate(schema, json);

        // Then it passes
        Assert.True(results.IsValid, InputSchemaValidator.Describe(results));
    }

    [Theory]
    [MemberData(nameof(InputFiles))]
    public void Every_input_yaml_file_names_its_json_schema_on_its_first_line_issue_13(string file)
    {
        var schema = InputSchemaValidator.SchemaFor(file)!;
        if (file.EndsWith(".md", StringComparison.Ordinal))
        {
            return;
        }

        var first = File.ReadLines(Path.Combine(RepoPaths.Input, file)).First();
        if (!first.StartsWith("# yaml-language-server:", StringComparison.Ordinal))
        {
            // Issue 18: the browser editor drops comments when it saves a file, this line too. The build never reads
            // it, and VS Code still finds the schema through .vscode/settings.json's glob for the file.
            var globs = InputSchemas.Files.Single(f => f.Schema == schema).Globs;
            Assert.Contains(globs, glob => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(glob, "input/" + file));
            return;
        }

        Assert.Equal(SchemaArtifacts.SchemaComment(schema, file.Count(c => c == '/')), first);
        var target = Path.GetFullPath(Path.Combine(RepoPaths.Input, Path.GetDirectoryName(file)!, first.Split('=')[1]));
        Assert.True(File.Exists(target), target);
    }

    [Theory]
    [MemberData(nameof(SchemaMatterCases))]
    public void Each_invalid_fixture_that_is_a_schema_matter_is_rejected_by_its_json_schema_issue_13(string name)
    {
        // Given the files of an invalid fixture whose build fails on a key or value
        var files = InvalidFixture.Load(name).InputFiles
            .Where(f => InputSchemaValidator.SchemaFor(f.Key) is not null)
            .ToList();
        Assert.NotEmpty(files);

        // When each is checked against its JSON Schema
        var results = files.Select(f => InputSchemaValidator.Validate(InputSchemaValidator.SchemaFor(f.Key)!,
            InputSchemaValidator.ToJson(f.Key, new StreamReader(new MemoryStream(f.Value)).ReadToEnd()))).ToList();

        // Then the JSON Schema rejects it too
        Assert.Contains(results, r => !r.IsValid);
    }

    [Fact]
    public void The_list_of_schema_matters_names_every_fixture_with_a_key_or_value_mistake_issue_13()
    {
        var names = InvalidFixture.Names().ToList();
        var withSchemaCodes = names
            .Where(name => SchemaCodes.Any(code => InvalidFixture.Load(name).Expected.Any(l => l.Contains(code, StringComparison.Ordinal))))
            .ToList();

        Assert.All(withSchemaCodes, name => Assert.Contains(name, SchemaMatters));
        Assert.All(SchemaMatters, name => Assert.Contains(name, names));
    }

    [Fact]
    public void Every_declared_example_is_valid_against_the_json_schema_issue_13()
    {
        foreach (var (schema, _) in InputSchemas.Files.Where(f => f.Schema.AnyKey is null))
        {
            // Given a file made of every key's example
            var json = new JsonObject(schema.Keys.Select(k => KeyValuePair.Create(k.Name, YamlJson.Parse(k.Example))));

            // Then the JSON Schema accepts it
            var results = InputSchemaValidator.Validate(schema, json);
            Assert.True(results.IsValid, $"{schema.Id}: {InputSchemaValidator.Describe(results)}");
        }
    }

    [Fact]
    public void The_starter_files_of_new_follow_the_declared_schemas_issue_13()
    {
        // Given the starter files `new exercise` and `new section` write
        var exercise = StarterFiles.Exercise("Cat stretch: gentle");
        var section = StarterFiles.Section("Sleeping positions", 6, new DateOnly(2026, 11, 20));

        // Then each passes its JSON Schema, names it for editors, and explains every key it writes with the schema's help
        Assert.StartsWith(SchemaArtifacts.SchemaComment(ExerciseSchema.Exercise, 1) + "\n", exercise.Text, StringComparison.Ordinal);
        foreach (var (starter, schema) in new[] { (exercise, ExerciseSchema.Exercise), (section, PageSchema.Section) })
        {
            var results = InputSchemaValidator.Validate(schema, InputSchemaValidator.ToJson(starter.RelativePath, starter.Text));
            Assert.True(results.IsValid, InputSchemaValidator.Describe(results));
            foreach (var key in schema.Keys.Where(k => k.Starter != StarterLine.Left))
            {
                Assert.Contains((key.Required ? "# (required) " : "# ") + key.Help, starter.Text, StringComparison.Ordinal);
                Assert.Contains((key.Starter == StarterLine.CommentedOut ? "# " : "\n") + key.Name + ":", starter.Text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("sides")]
    public void Every_word_the_exercise_schema_allows_is_one_the_loader_accepts_issue_13(string key)
    {
        var words = ((KeyType.Choice)ExerciseSchema.Exercise[key].Type).Values;
        foreach (var word in words)
        {
            // Given an exercise that uses the word
            var text = $"name: Test\nkind: stretch\nsteps: [One., Two., Three.]\nreps: 2\nsides: each\n".Replace($"{key}: ", $"{key}: {word} #", StringComparison.Ordinal);
            var diagnostics = new DiagnosticBag();

            // When it is loaded
            var exercise = ExerciseLoader.Load(new SourceFile("input/exercises/test.yml", "exercises/test.yml", text), diagnostics);

            // Then the loader takes it
            Assert.True(exercise is not null, $"{key}: {word}: {string.Join("\n", diagnostics.ToSortedList())}");
        }
    }
}
