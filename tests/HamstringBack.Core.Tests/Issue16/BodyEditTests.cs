using System.Text;
using HamstringBack.Core.Caching;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Issue16;

/// <summary>
/// Issue 16: `preview`'s fast path for a body edit patches the last good build's planned site with the edited
/// bodies, using what that build kept (its Markdown renderer, its link targets, its section tree), and renders a
/// page exactly as a fresh build of the files on disk would; anything that is not a body edit is left to the whole
/// build.
/// </summary>
public sealed class BodyEditTests
{
    private const string Sciatica = "input/sections/06-back-pain/01-sciatica.md";
    private const string Disc = "input/sections/06-back-pain/02-disc.md";

    [Fact]
    public void Issue_16_a_body_edit_in_a_group_renders_the_page_a_fresh_build_makes_with_its_new_heading_and_links()
    {
        // Given the last good build of a site with groups
        using var site = NestedSectionsTests.NestedSite();
        var (planned, cache, options) = LastGoodBuild(site);

        // When a grouped page's body gets a heading, and another page of the group a link to it, in one save
        site.Edit(Sciatica, "Stretch gently", "## When it flares up\n\nStretch gently")
            .Edit(Disc, "Next:", "See [flare-ups](01-sciatica.md#when-it-flares-up). Next:");
        var patched = BodyEdit.Patch(planned, cache, options, [Full(site, Sciatica), Full(site, Disc)]);

        // Then both pages are served from the patched site, byte for byte as a fresh build makes them
        Assert.NotNull(patched);
        var fresh = new SiteBuilder().Build(options);
        Assert.True(fresh.Succeeded, string.Join("\n", fresh.Diagnostics));
        foreach (var page in new[] { "back-pain/sciatica/index.html", "back-pain/disc/index.html", "back-pain/index.html" })
        {
            Assert.Equal(fresh.Text(page), Encoding.UTF8.GetString(patched.Render(page)!.Content));
        }

        Assert.Contains("id=\"when-it-flares-up\"", fresh.Text("back-pain/sciatica/index.html"));
        Assert.Contains("/back-pain/sciatica/#when-it-flares-up", fresh.Text("back-pain/disc/index.html"));
    }

    [Theory]
    [InlineData("Next: [the last one](03-posture.md).", "Next: [the last one](03-posture.md#no-such-heading).")]
    [InlineData("title: Disc trouble", "title: Disc troubles")]
    public void Issue_16_a_link_to_a_missing_heading_or_a_front_matter_edit_is_left_to_the_whole_build(string find, string replace)
    {
        // Given the last good build; When a body links to a heading no page has, or front matter changes
        using var site = NestedSectionsTests.NestedSite();
        var (planned, cache, options) = LastGoodBuild(site);
        site.Edit(Disc, find, replace);

        // Then nothing is patched: the whole build runs and reports it
        Assert.Null(BodyEdit.Patch(planned, cache, options, [Full(site, Disc)]));
    }

    [Fact]
    public void Issue_16_an_atomic_save_is_a_body_edit_its_temporary_file_gone_changes_nothing()
    {
        // Given the last good build; When an editor saves a page by writing a temporary file and renaming it over
        // the page (the watcher reports both paths)
        using var site = NestedSectionsTests.NestedSite();
        var (planned, cache, options) = LastGoodBuild(site);
        var temporary = Full(site, Disc) + ".tmp";
        File.WriteAllText(temporary, site.Read(Disc).Replace("Next:", "Then:", StringComparison.Ordinal));
        File.Move(temporary, Full(site, Disc), overwrite: true);
        var patched = BodyEdit.Patch(planned, cache, options, [temporary, Full(site, Disc)]);

        // Then the page is patched with the new body, as a fresh build makes it
        Assert.NotNull(patched);
        var fresh = new SiteBuilder().Build(options);
        Assert.Equal(fresh.Text("back-pain/disc/index.html"), Encoding.UTF8.GetString(patched.Render("back-pain/disc/index.html")!.Content));
        Assert.Contains("Then:", fresh.Text("back-pain/disc/index.html"));
    }

    [Fact]
    public void Issue_16_a_page_deleted_with_a_body_edit_is_left_to_the_whole_build()
    {
        // Given the last good build; When a page is edited and another one deleted in one go
        using var site = NestedSectionsTests.NestedSite();
        var (planned, cache, options) = LastGoodBuild(site);
        site.Edit(Disc, "Next:", "Then:");
        File.Delete(Full(site, Sciatica));

        // Then nothing is patched: the page gone was an input of the last build
        Assert.Null(BodyEdit.Patch(planned, cache, options, [Full(site, Disc), Full(site, Sciatica)]));
    }

    /// <summary>A build with a cache, as `preview` makes it, and the planned site it handed over.</summary>
    private static (PlannedSite Planned, BuildCache Cache, BuildOptions Options) LastGoodBuild(TempSite site)
    {
        var cache = new BuildCache();
        PlannedSite? planned = null;
        var options = new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = "theme" };
        var result = new SiteBuilder { Cache = cache, Planned = p => planned = p }.Build(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (planned!, cache, options);
    }

    private static string Full(TempSite site, string relative) => Path.GetFullPath(Path.Combine(site.Root, relative));
}
