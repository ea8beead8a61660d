using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Issue16;

/// <summary>
/// Issue 16: no file in input/ is left out without a word. Before it, 10,000 Markdown files in a subfolder of
/// input/sections built a 27-page site with exit 0.
/// </summary>
public sealed class UnusedInputTests
{
    [Fact]
    public void Issue_16_every_file_and_folder_the_build_does_not_use_gets_a_warning_naming_it()
    {
        // Given the real site with files and folders the build reads nothing from
        using var site = new TempSite().NamePeople();
        site.Write("input/notes.txt", "to do\n")
            .Write("input/drafts/01-idea.md", "idea\n")
            .Write("input/sections/04-stretching.txt", "old copy\n")
            .Write("input/pages/about.html", "<p>old</p>\n")
            .Write("input/pages/old/about.md", "old\n")
            .Write("input/exercises/bird-dog.yaml", "name: x\n")
            .Write("input/images/readme.txt", "credits\n")
            .Write("input/partials/extra.md", "Never shown.\n")
            .Write("input/sections/07-knees/01-kneecap.md", NestedSectionsTests.Section("Kneecap", 1, "Text."))
            .Write("input/sections/07-knees/draft.txt", "later\n");

        // And files that are left alone: hidden files and editor backups (those get HB0022 when they would be read)
        site.Write("input/images/.gitkeep", string.Empty).Write("input/sections/04-stretching.md~", "backup\n");

        // When it is built
        var result = site.Build();

        // Then it builds, with one warning for each, naming it
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
        [
            ("input/drafts/", "HB1102"),
            ("input/exercises/bird-dog.yaml", "HB1101"),
            ("input/images/readme.txt", "HB1101"),
            ("input/notes.txt", "HB1101"),
            ("input/pages/about.html", "HB1101"),
            ("input/pages/old/", "HB1102"),
            ("input/partials/extra.md", "HB1101"),
            ("input/sections/04-stretching.txt", "HB1101"),
            ("input/sections/07-knees/draft.txt", "HB1101"),
        ],
            result.Diagnostics.Select(d => (d.File, d.Code)).Order().ToList());
        Assert.All(result.Diagnostics, d => Assert.False(d.IsError));
        Assert.Contains("Not used", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_input_has_no_unused_file()
    {
        using var site = new TempSite().NamePeople();

        Assert.Empty(site.Build().Diagnostics);
    }
}
