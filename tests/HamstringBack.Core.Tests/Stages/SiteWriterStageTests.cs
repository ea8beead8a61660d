using System.Text;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Search;
using HamstringBack.Core.Tests.Support;
using HamstringBack.Core.Write;

namespace HamstringBack.Core.Tests.Stages;

/// <summary>
/// Issue 13: write, search index and offline manifest are stages of <see cref="SiteBuilder.Build"/>. The search
/// index is made by whatever <see cref="ISearchIndexer"/> the caller gives (here a stand-in for pagefind), in the
/// written site before it is swapped in, and the offline manifest is rendered once, after it.
/// </summary>
public sealed class SiteWriterStageTests
{
    [Fact]
    public void Issue_13_build_makes_the_search_index_in_the_written_site_then_renders_the_offline_manifest_once()
    {
        // Given a site and a search indexer that adds two files to the site it is given
        using var site = new TempSite();
        var search = new StandInSearch();

        // When it is built into output/
        var result = site.BuildInto(search);

        // Then the index was made in the staging folder before the manifest existed, and the one manifest lists it
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Path.Combine(site.Root, $".output-new-{Environment.ProcessId}"), search.Site);
        Assert.False(search.ManifestExisted);
        Assert.Equal("indexed", site.Read("output/pagefind/pagefind.js"));
        var manifest = site.Read("output/sw-manifest.js");
        Assert.Contains("\"pagefind/pagefind.js\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"pagefind/fragment/a.pf_fragment\"", manifest, StringComparison.Ordinal);
        Assert.Equal(result.Text("sw-manifest.js"), manifest);
        Assert.Contains("pagefind/pagefind.js", OutputStamp.Read(site.Output)!);
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order().ToArray());
    }

    [Fact]
    public void Issue_13_the_one_offline_manifest_has_the_bytes_the_second_pass_after_pagefind_used_to_write()
    {
        // Given a site built into output/ with a search index
        using var site = new TempSite();
        Assert.True(site.BuildInto(new StandInSearch()).Succeeded);

        // When the manifest is rendered as the CLI's second pass did: over every file in the folder after
        // pagefind, the stamp as it stood then (listing nothing yet) included
        var emptyStamp = Directory.CreateDirectory(Path.Combine(site.Root, "empty")).FullName;
        OutputStamp.Write(emptyStamp);
        var files = FolderFiles(site.Output)
            .Where(f => f.Path != ServiceWorkerManifest.FileName)
            .Select(f => f.Path == OutputStamp.FileName ? f with { Content = File.ReadAllBytes(Path.Combine(emptyStamp, OutputStamp.FileName)) } : f)
            .ToList();

        // Then it is the manifest the build wrote, byte for byte
        Assert.Equal(Encoding.UTF8.GetString(ServiceWorkerManifest.Render(files).Content), site.Read("output/sw-manifest.js"));
    }

    [Fact]
    public void Issue_13_a_folder_no_build_wrote_is_refused_before_the_search_index_and_nothing_is_written()
    {
        // Given an output folder holding a file of the editor's
        using var site = new TempSite();
        site.Write("output/notes.txt", "mine");
        var search = new StandInSearch();

        // When the site is built into it
        var result = site.BuildInto(search);

        // Then the build refuses the folder (a usage error for `build`, not a content diagnostic), never indexes, and writes nothing
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Equal("HB0012", result.OutputRefused?.Code);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Null(search.Site);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(site.Output).Select(e => Path.GetFileName(e)!).ToArray());
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order().ToArray());
    }

    private static List<OutputFile> FolderFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => new OutputFile(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))];

    /// <summary>Stands in for pagefind: adds a script and a fragment to the site, and notes what it saw.</summary>
    private sealed class StandInSearch : ISearchIndexer
    {
        public string? Site { get; private set; }

        public bool ManifestExisted { get; private set; }

        public IReadOnlyList<Diagnostic> Index(string site, string display)
        {
            Site = site;
            ManifestExisted = File.Exists(Path.Combine(site, ServiceWorkerManifest.FileName));
            Directory.CreateDirectory(Path.Combine(site, "pagefind", "fragment"));
            File.WriteAllText(Path.Combine(site, "pagefind", "pagefind.js"), "indexed");
            File.WriteAllText(Path.Combine(site, "pagefind", "fragment", "a.pf_fragment"), "fragment");
            return [];
        }
    }
}
