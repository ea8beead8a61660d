using System.Text;
using HamstringBack.Cli.Search;
using HamstringBack.Core.Model;
using HamstringBack.Core.Tests.Support;
using HamstringBack.Core.Write;

namespace HamstringBack.Core.Tests.Cli;

/// <summary>Issue 6: the search index made by pagefind (npm) on the written site, and what happens without it.</summary>
public sealed class PagefindIndexerTests
{
    [Fact]
    public void Pagefind_indexes_the_content_pages_and_the_offline_manifest_then_keeps_the_index()
    {
        using var temp = new TempSite();
        var inMemory = temp.Build();

        var result = temp.BuildInto(PagefindIndexer.Find(RepoPaths.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "HB0701");
        Assert.True(File.Exists(Path.Combine(temp.Output, "pagefind", "pagefind.js")), "no pagefind/pagefind.js: run npm ci");
        var manifest = File.ReadAllText(Path.Combine(temp.Output, "sw-manifest.js"));
        Assert.Contains("\"pagefind/pagefind.js\"", manifest, StringComparison.Ordinal);
        Assert.Contains(".pf_fragment\"", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("pagefind-ui.js", manifest, StringComparison.Ordinal);
        Assert.NotEqual(inMemory.Text("sw-manifest.js"), manifest);
        Assert.Equal(result.Text("sw-manifest.js"), manifest); // issue 13: rendered once, with the index, by the build
        var fragments = Directory.GetFiles(Path.Combine(temp.Output, "pagefind", "fragment"));
        Assert.Equal(15, fragments.Length); // home, 5 sections, about, the exercises index and 4 exercises, and (issue 15) the checklist, /cards/ and the log
    }

    [Fact]
    public void Without_pagefind_the_build_warns_HB0701_and_writes_the_site()
    {
        using var temp = new TempSite();
        var inMemory = temp.Build();

        var result = temp.BuildInto(PagefindIndexer.Find(Path.GetTempPath()));

        var warning = Assert.Single(result.Diagnostics.Except(inMemory.Diagnostics));
        Assert.Equal("HB0701", warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal(warning, result.Diagnostics[^1]);
        Assert.True(File.Exists(Path.Combine(temp.Output, "search", "index.html")));
        Assert.Equal(inMemory.Text("sw-manifest.js"), File.ReadAllText(Path.Combine(temp.Output, "sw-manifest.js")));
    }

    [Fact]
    public void A_pagefind_that_fails_stops_the_build_with_HB0702_and_keeps_the_previous_output()
    {
        using var temp = new TempSite();
        Assert.Empty(SiteWriter.Write(temp.Output, "output", [new OutputFile("index.html", "previous"u8.ToArray())]));

        var result = temp.BuildInto(new PagefindIndexer("/bin/false"));

        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("HB0702", error.Code);
        Assert.Contains("exit code 1", error.Message, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(temp.Output, "index.html"), Encoding.UTF8));
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(temp.Root).Select(e => Path.GetFileName(e)!).Order().ToArray());
    }
}
