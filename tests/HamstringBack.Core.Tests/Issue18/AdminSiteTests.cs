using HamstringBack.Core.Admin;
using HamstringBack.Core.Render;
using HamstringBack.Core.Schema;
using HamstringBack.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace HamstringBack.Core.Tests.Issue18;

/// <summary>
/// Issue 18: the build writes the browser editor (/admin/) with a configuration generated from the input schema,
/// so the editor lists every key the loader accepts, with the same ranges, required-ness and help.
/// </summary>
public sealed class AdminSiteTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public void The_editor_configuration_lists_every_schema_key_of_every_file_kind_with_its_range_and_help()
    {
        var config = Load(site.Result.Text(CmsConfig.FileName)!);
        var forms = Forms(config).ToDictionary(f => f.Label, f => f.Fields, StringComparer.Ordinal);

        // Every file kind with named keys has a form; jargon.yml (free words as keys) is the only one without
        var kinds = InputSchemas.Files.Select(f => f.Schema).ToList();
        Assert.Equal(kinds.Where(k => k.AnyKey is null).Select(k => k.EditorLabel).Order(), forms.Keys.Order());
        Assert.Equal([SiteSchema.Jargon], kinds.Where(k => k.AnyKey is not null));

        foreach (var schema in kinds.Where(k => k.AnyKey is null))
        {
            AssertFields(schema, forms[schema.EditorLabel], schema.Title);
        }
    }

    [Fact]
    public void The_editor_reads_and_writes_the_folders_the_loader_reads()
    {
        var config = Load(site.Result.Text(CmsConfig.FileName)!);
        Assert.Equal("input/images", Scalar(config, "media_folder"));
        Assert.Equal("true", Scalar(config, "local_backend"));
        var collections = ((YamlSequenceNode)config["collections"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal("input/sections", Scalar(collections.Single(c => Scalar(c, "name") == "sections"), "folder"));
        Assert.Equal("input/exercises", Scalar(collections.Single(c => Scalar(c, "name") == "exercises"), "folder"));
        var files = collections.SelectMany(c => c.Children.TryGetValue("files", out var f) ? ((YamlSequenceNode)f).Cast<YamlMappingNode>() : [])
            .Select(f => Scalar(f, "file")).Order();
        Assert.Equal(["input/home.md", "input/routine.yml", "input/site.yml"], files);
        var paths = collections.SelectMany(c => c.Children.TryGetValue("files", out var f) ? ((YamlSequenceNode)f).Cast<YamlMappingNode>() : [c])
            .Select(c => Scalar(c, "file") ?? Scalar(c, "folder")!);
        Assert.All(paths, path => Assert.True(Path.Exists(Path.Combine(RepoPaths.Root, path)), path));
    }

    [Fact]
    public void The_editor_page_is_noindex_loads_only_the_sites_own_files_and_previews_with_the_site_css()
    {
        var page = site.Result.Text("admin/index.html")!;
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", page);
        Assert.Contains("<script src=\"/admin/decap-cms/decap-cms.js\"></script>", page);
        var css = site.Result.Files.Single(f => f.Path.StartsWith("assets/site.", StringComparison.Ordinal) && f.Path.EndsWith(".css", StringComparison.Ordinal)).Path;
        Assert.Contains($"data-preview-style=\"/{css}\"", page);
        Assert.DoesNotContain("http", page);
        Assert.NotNull(site.Result.Text("admin/decap-cms/decap-cms.js"));

        // Readers never need it: not in the sitemap, nor kept offline by the service worker
        Assert.DoesNotContain("/admin/", site.Result.Text("sitemap.xml"));
        Assert.DoesNotContain("admin/", site.Result.Text(ServiceWorkerManifest.FileName));
    }

    [Fact]
    public void The_editor_files_are_the_same_bytes_in_every_build()
    {
        var again = new SiteBuilder().Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme) { InputLabel = "input", ThemeLabel = "theme" });
        foreach (var file in site.Result.Files.Where(f => f.Path.StartsWith(AdminSite.Folder, StringComparison.Ordinal)))
        {
            Assert.Equal(file.Content, again.Files.Single(f => f.Path == file.Path).Content);
        }
    }

    [Fact]
    public void Every_field_of_the_editor_has_a_label_in_words_not_its_raw_key_issue_18()
    {
        var config = Load(site.Result.Text(CmsConfig.FileName)!);
        var fields = Forms(config).SelectMany(f => AllFields(f.Fields)).ToList();

        Assert.True(fields.Count > 100, $"only {fields.Count} fields");
        Assert.All(fields, field =>
        {
            var (name, label) = (Scalar(field, "name")!, Scalar(field, "label"));
            Assert.False(string.IsNullOrWhiteSpace(label), name);
            Assert.NotEqual(name, label);
            Assert.DoesNotContain("_", label, StringComparison.Ordinal);
            Assert.True(char.IsUpper(label![0]), $"{name}: {label}");
        });
        var exercise = Forms(config).Single(f => f.Label == ExerciseSchema.Exercise.EditorLabel).Fields.Cast<YamlMappingNode>()
            .ToDictionary(f => Scalar(f, "name")!, f => Scalar(f, "label"), StringComparer.Ordinal);
        Assert.Equal(("Hold (seconds)", "Repetitions", "Sides", "Sessions a day"), (exercise["hold_seconds"], exercise["reps"], exercise["sides"], exercise["per_day"]));

        // And the lists of files are named in an editor's words, not the schema's ("Section front matter")
        Assert.Equal(["Daily routine", "Exercises", "Home page", "Other pages", "Sections", "Site settings"], Forms(config).Select(f => f.Label).Order());
    }

    [Fact]
    public void Without_editor_repository_the_online_backend_names_no_repository_and_the_local_one_stays_on_issue_18()
    {
        var config = Load(site.Result.Text(CmsConfig.FileName)!);
        var backend = (YamlMappingNode)config["backend"];
        Assert.Equal(("github", null, "main"), (Scalar(backend, "name"), Scalar(backend, "repo"), Scalar(backend, "branch")));
        Assert.Equal("true", Scalar(config, "local_backend"));
    }

    [Fact]
    public void Site_yml_editor_repository_and_branch_become_the_online_backend_issue_18()
    {
        using var temp = new TempSite();
        temp.Edit("input/site.yml", "# editor_repository: your-account/your-site\n# editor_branch: main\n",
            "editor_repository: a-clinic/knee-site\neditor_branch: content\n");

        var result = temp.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var backend = (YamlMappingNode)Load(result.Text(CmsConfig.FileName)!)["backend"];
        Assert.Equal(("github", "a-clinic/knee-site", "content"), (Scalar(backend, "name"), Scalar(backend, "repo"), Scalar(backend, "branch")));
    }

    [Theory]
    [InlineData("editor_repository: https://github.com/a-clinic/knee-site", "input/site.yml(26,20): error HB1301:")]
    [InlineData("editor_repository: a-clinic\neditor_branch: main", "input/site.yml(26,20): error HB1301:")]
    [InlineData("editor_repository: a-clinic/knee-site\neditor_branch: my branch", "input/site.yml(27,16): error HB1302:")]
    public void A_repository_or_branch_the_editor_cannot_use_is_a_located_error_issue_18(string keys, string expected)
    {
        using var temp = new TempSite();
        temp.Edit("input/site.yml", "# editor_repository: your-account/your-site\n# editor_branch: main\n", keys + "\n");

        var result = temp.Build();

        Assert.False(result.Succeeded);
        Assert.Single(result.Diagnostics, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    private static IEnumerable<YamlMappingNode> AllFields(YamlSequenceNode fields)
    {
        foreach (var field in fields.Cast<YamlMappingNode>())
        {
            yield return field;
            var inner = field.Children.TryGetValue("fields", out var list) ? AllFields((YamlSequenceNode)list)
                : field.Children.TryGetValue("field", out var item) ? [(YamlMappingNode)item] : [];
            foreach (var child in inner)
            {
                yield return child;
            }
        }
    }

    private static void AssertFields(KeySchema schema, YamlSequenceNode fields, string where)
    {
        var byName = fields.Cast<YamlMappingNode>().ToDictionary(f => Scalar(f, "name")!, StringComparer.Ordinal);
        var markdown = byName.ContainsKey("body");
        Assert.Equal([.. schema.Names, .. markdown ? ["body"] : Array.Empty<string>()], byName.Keys);
        foreach (var key in schema.Keys)
        {
            var field = byName[key.Name];
            var at = $"{where}.{key.Name}";
            Assert.True(key.Help == Scalar(field, "hint"), at);
            Assert.True((key.Required ? "true" : "false") == Scalar(field, "required"), at);
            switch (key.Type)
            {
                case KeyType.Integer i:
                    Assert.Equal(("number", "int", $"{i.Min}", $"{i.Max}"), (Scalar(field, "widget"), Scalar(field, "value_type"), Scalar(field, "min"), Scalar(field, "max")));
                    break;
                case KeyType.IntegerPair p:
                    var item = (YamlMappingNode)field["field"];
                    Assert.Equal(("list", "2", "2"), (Scalar(field, "widget"), Scalar(field, "min"), Scalar(field, "max")));
                    Assert.Equal(("number", $"{p.Min}", $"{p.Max}"), (Scalar(item, "widget"), Scalar(item, "min"), Scalar(item, "max")));
                    break;
                case KeyType.Text { Pattern: { } pattern }:
                    Assert.Equal(pattern, ((YamlSequenceNode)field["pattern"])[0].ToString());
                    break;
                case KeyType.Choice c:
                    Assert.Equal(c.Values, ((YamlSequenceNode)field["options"]).Select(o => o.ToString()));
                    break;
                case KeyType.TextList l:
                    Assert.Equal($"{l.MaxItems}", Scalar(field, "max"));
                    Assert.Equal(l.MinItems > 0 ? $"{l.MinItems}" : l.Values is null ? null : "0", Scalar(field, "min"));
                    break;
                case KeyType.Date:
                    Assert.Equal(("datetime", "YYYY-MM-DD"), (Scalar(field, "widget"), Scalar(field, "format")));
                    break;
                case KeyType.ObjectList o:
                    AssertFields(o.Item, (YamlSequenceNode)field["fields"], at);
                    break;
                case KeyType.Object o:
                    AssertFields(o.Shape, (YamlSequenceNode)field["fields"], at);
                    break;
            }
        }
    }

    private static IEnumerable<(string Label, YamlSequenceNode Fields)> Forms(YamlMappingNode config)
    {
        foreach (var collection in ((YamlSequenceNode)config["collections"]).Cast<YamlMappingNode>())
        {
            var forms = collection.Children.TryGetValue("files", out var files) ? ((YamlSequenceNode)files).Cast<YamlMappingNode>() : [collection];
            foreach (var form in forms)
            {
                yield return (Scalar(form, "label")!, (YamlSequenceNode)form["fields"]);
            }
        }
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;
}
