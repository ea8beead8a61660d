using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>Issue 6: the build shrinks the theme's scripts, keeping modules working, and reports a broken script.</summary>
public sealed class ThemeScriptTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public void Scripts_are_minified_and_keep_their_module_imports_and_exports()
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "static", "js", "checklist.js"));
        var built = site.Result.Text("js/checklist.js")!;

        Assert.True(built.Length < source.Length * 0.7, $"checklist.js is {built.Length} bytes, from {source.Length}");
        Assert.DoesNotContain("// ", built, StringComparison.Ordinal);
        Assert.Contains("export async function start(", built, StringComparison.Ordinal);
        Assert.Contains("from\"./dom.js\"", built, StringComparison.Ordinal);
        Assert.Contains("import(\"./history.js\")", built, StringComparison.Ordinal);
        Assert.Contains("importScripts(\"sw-manifest.js\")", site.Result.Text("sw.js")!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_with_a_syntax_error_fails_the_build_with_HB0504_at_its_line()
    {
        using var temp = new TempSite();
        temp.Write("theme/static/js/dom.js", "// fine so far\nexport function h( {\n");

        var result = temp.Build();

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "HB0504");
        Assert.Equal("theme/static/js/dom.js", diagnostic.File);
        Assert.Equal(2, diagnostic.Line);
    }
}
