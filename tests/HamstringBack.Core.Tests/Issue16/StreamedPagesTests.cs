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

    [Fact]
    public void Issue_16_a_page_rendered_straight_into_its_file_has_the_bytes_of_the_page_kept_in_memory()
    {
        // Given a theme page of 600,000 characters, two-, three- and four-byte UTF-8 characters (a surrogate
        // pair), so the staged page's 64 KB buffer ends inside characters and between the halves of a pair
        using var site = new TempSite().NamePeople();
        site.Write("theme/templates/404.sbn", string.Concat(Enumerable.Repeat("é€😀a", 120_000)));
        var options = new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = "theme" };
        var kept = new SiteBuilder().Build(options).Files.Single(f => f.Path == "404.html");

        // When it is built into an output folder, each page encoded into its staging file as the layout writes it
        var output = Path.Combine(site.Root, "output");
        var staged = new SiteBuilder().Build(options with { Output = new SiteOutput(output, "output") }).Files.Single(f => f.Path == "404.html");

        // Then the file holds the very bytes Encoding.UTF8.GetBytes gave the whole page, and its length and hash are theirs
        Assert.Equal(kept.Content, File.ReadAllBytes(Path.Combine(output, "404.html")));
        Assert.Equal(kept.Content.Length, staged.Length);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(kept.Content), staged.Staged!.Sha256);
    }

    [Theory]
    [InlineData("{{ content }}")]
    [InlineData("<main>\n  {{ content }}\n    {{ content }}</main>")]
    public void Issue_16_a_body_written_in_chunks_gives_the_bytes_of_the_body_as_one_string(string contentLine)
    {
        // Given a page template of 1.4 million characters over many lines (a card sheet's size class: many of the
        // body's chunks, split inside lines and between a surrogate pair's halves), and a layout that writes it as given
        using var site = new TempSite().NamePeople();
        site.Write("theme/templates/404.sbn", string.Concat(Enumerable.Repeat("<p>é€😀a</p>\n  <i>x</i>", 60_000)));
        site.Edit("theme/templates/layout.sbn", "{{ content }}", contentLine);
        var options = new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = "theme" };
        var kept = new SiteBuilder().Build(options).Files.Single(f => f.Path == "404.html");

        // When it is built into an output folder, where the layout writes the body chunk by chunk into the page's file
        var output = Path.Combine(site.Root, "output");
        var result = new SiteBuilder().Build(options with { Output = new SiteOutput(output, "output") });

        // Then the file holds the bytes of the page rendered with the body as one string
        Assert.True(result.Succeeded);
        Assert.True(kept.Content.Length > 1_500_000);
        Assert.Equal(kept.Content, File.ReadAllBytes(Path.Combine(output, "404.html")));
    }

    [Fact]
    public void Issue_16_a_staged_page_over_the_size_limit_is_a_located_error_and_the_previous_output_stays()
    {
        // Given a site built once into an output folder, then a theme page over the 64 Mi characters a page may have
        using var site = new TempSite().NamePeople();
        var output = Path.Combine(site.Root, "output");
        var options = new BuildOptions(site.Input, site.Theme) { Output = new SiteOutput(output, "output") };
        Assert.True(new SiteBuilder().Build(options).Succeeded);
        var before = FolderSnapshot.Take(output);
        site.Write("theme/templates/404.sbn", $"{{{{ for i in 1..{(64 * 1024 * 1024 / 1000) + 10} }}}}{{{{ \"x\" | string.pad_left 1000 }}}}{{{{ end }}}}");

        // When it is built again into the same folder, the page going straight into its staging file
        var result = new SiteBuilder().Build(options);

        // Then the page is refused as before (HB0041), nothing is left beside the output and the output is as it was
        Assert.Equal("HB0041", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, FolderSnapshot.Take(output));
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order().ToArray());
    }

    [Fact]
    public void Issue_16_a_staging_file_is_created_new_and_an_existing_one_is_left_as_it_was()
    {
        // Given a staging folder holding a page's file already
        using var site = new TempSite();
        using var staging = StagingFolder.Start(Path.Combine(site.Root, "output"));
        using (var first = staging.Create("a/index.html"))
        {
            first.Write("first"u8);
        }

        // When the same page's file is created again
        var again = Record.Exception(() => staging.Create("a/index.html").Dispose());

        // Then it is refused (created with O_EXCL, never truncated: ext4 writes a truncated file out when it is closed)
        // and the file keeps its bytes; a page whose file cannot be created is rendered in memory and written by the writer
        Assert.IsAssignableFrom<IOException>(again);
        Assert.Equal("first", File.ReadAllText(Path.Combine(staging.Path, "a", "index.html")));
    }
}
