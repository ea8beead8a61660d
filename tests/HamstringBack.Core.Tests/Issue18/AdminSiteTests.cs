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
        Assert.Equal(kinds.Where(k => k.AnyKey is null).Select(k => k.Title).Order(), forms.Keys.Order());
        Assert.Equal([SiteSchema.Jargon], kinds.Where(k => k.AnyKey is not null));

        foreach (var schema in kinds.Where(k => k.AnyKey is null))
        {
            AssertFields(schema, forms[schema.Title], schema.Title);
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
