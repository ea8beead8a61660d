using HamstringBack.Core.Tests.Support;
using HamstringBack.Core.Write;

namespace HamstringBack.Core.Tests.Issue16;

/// <summary>
/// Issue 16 (memory at 10,000 pages): `build` writes each page into the staging folder as soon as it is rendered
/// instead of keeping every page's bytes until the end; what ends up in the output folder is the same.
/// </summary>
public sealed class StreamedPagesTests
{
    [Fact]
    public void Issue_16_pages_streamed_to_the_staging_folder_give_the_same_output_as_pages_kept_in_memory()
    {
        // Given the real site, built once keeping every page in memory and written the usual way
        using var site = new TempSite().NamePeople();
        var kept = Path.Combine(site.Root, "kept");
        var streamed = Path.Combine(site.Root, "streamed");
        var options = new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = "theme" };
        var inMemory = new SiteBuilder().Build(options);
        Assert.Empty(SiteWriter.Write(kept, "kept", inMemory.Files));

        // When it is built again into an output folder, whose staging folder takes each page as it is rendered
        var result = new SiteBuilder().Build(options with { Output = new SiteOutput(streamed, "streamed") });
        var files = result.Files;
        Assert.True(result.Succeeded);

        // Then the pages were not kept in memory, and both output folders hold the same bytes (offline manifest included)
        var page = files.Single(f => f.Path == "stretching/index.html");
        Assert.Empty(page.Content);
        Assert.NotNull(page.Staged);
        Assert.Equal(inMemory.Files.Single(f => f.Path == "stretching/index.html").Content.Length, page.Length);
        Assert.Equal(FolderSnapshot.Take(kept), FolderSnapshot.Take(streamed));
        Assert.Equal(["input", "kept", "streamed", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order().ToArray());
    }

    [Fact]
    public void Issue_16_a_failed_build_with_a_staging_folder_leaves_no_staging_folder_behind()
    {
        // Given a site with an error
        using var site = new TempSite();
        site.Edit("input/sections/04-stretching.md", "title: Stretching", "title: [Stretching");
        var output = Path.Combine(site.Root, "output");

        // When it is built into an output folder
        Assert.False(new SiteBuilder().Build(new BuildOptions(site.Input, site.Theme) { Output = new SiteOutput(output, "output") }).Succeeded);

        // Then nothing is left beside the output folder's place
        Assert.Equal(["input", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order().ToArray());
    }
}
