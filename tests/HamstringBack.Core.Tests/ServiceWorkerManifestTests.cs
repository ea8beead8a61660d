using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>Issue 4: sw-manifest.js, the version and file list that make the site work offline.</summary>
public sealed class ServiceWorkerManifestTests(RealSite real) : IClassFixture<RealSite>
{
    [Fact]
    public void The_manifest_lists_pages_as_clean_urls_and_assets_but_not_the_worker_itself()
    {
        // The real site as it is, built once for the test run (issue 13: CI time)
        var manifest = real.Result.Text("sw-manifest.js")!;

        Assert.Matches("""self\.SITE_VERSION = "[0-9a-f]{16}";""", manifest);
        foreach (var url in new[] { "\"./\"", "\"checklist/\"", "\"exercises/bird-dog/\"", "\"js/checklist.js\"", "\"favicon.svg\"", "\"404.html\"" })
        {
            Assert.Contains(url, manifest, StringComparison.Ordinal);
        }

        Assert.Matches("\"assets/site\\.[0-9a-f]{10}\\.css\"", manifest);
        Assert.DoesNotContain("\"sw.js\"", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("sitemap.xml", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("index.html", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_site_gives_the_same_version_and_any_change_gives_a_new_one()
    {
        using var site = new TempSite();
        var first = site.Build().Text("sw-manifest.js");
        var again = site.Build().Text("sw-manifest.js");

        site.Write("input/routine.yml", "title: Daily routine\nexercises:\n  - glute-bridge\n  - bird-dog\n");
        var routineChanged = site.Build().Text("sw-manifest.js");
        site.Write("theme/static/js/dom.js", File.ReadAllText(Path.Combine(site.Theme, "static", "js", "dom.js")) + "\nexport const changed = true;\n");
        var scriptChanged = site.Build().Text("sw-manifest.js");

        Assert.Equal(first, again);
        Assert.NotEqual(Version(first!), Version(routineChanged!));
        Assert.NotEqual(Version(routineChanged!), Version(scriptChanged!));
    }

    private static string Version(string manifest) => manifest.Split('\n')[1];
}
