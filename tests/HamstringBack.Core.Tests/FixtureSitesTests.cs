using System.Security.Cryptography;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// The invalid fixtures share one test site per class (<see cref="FixtureSites"/>, issue 13: CI time); each case must
/// still start from an exact copy of the real input/ and theme/, whatever the case before it did to the site.
/// </summary>
public sealed class FixtureSitesTests
{
    [Fact]
    public void Each_case_starts_from_the_real_input_and_theme_whatever_the_last_case_changed()
    {
        using var sites = new FixtureSites();
        var fixture = InvalidFixture.Load("bad-kind-value");
        string root;
        using (var lease = sites.Take(fixture))
        {
            // A case (or a faulty build) changes a theme file, adds one to the theme and input/, and leaves output/
            root = lease.Site.Root;
            lease.Site.Edit("theme/templates/exercise.sbn", "<", "<!-- changed -->\n<");
            lease.Site.Write("theme/assets/extra.css", "body{}\n");
            lease.Site.Write("input/pages/extra.md", "# Extra\n");
            lease.Site.Write("output/index.html", "<p>an earlier build</p>\n");
            lease.Site.Write(".output-new-1/404.html", "<p>a staging folder</p>\n");
        }

        using (var lease = sites.Take(fixture))
        {
            Assert.Equal(root, lease.Site.Root);
            Assert.Equal(FolderSnapshot.Take(RepoPaths.Theme), FolderSnapshot.Take(lease.Site.Theme));
            var input = FolderSnapshot.Take(lease.Site.Input);
            var expected = FolderSnapshot.Take(RepoPaths.Input).ToDictionary();
            foreach (var (path, bytes) in fixture.InputFiles)
            {
                expected[path] = Convert.ToHexString(SHA256.HashData(bytes));
            }

            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), input.OrderBy(e => e.Key, StringComparer.Ordinal));
            Assert.Equal(["input", "theme"], Directory.EnumerateFileSystemEntries(lease.Site.Root).Select(e => Path.GetFileName(e)!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_case_that_changes_the_theme_gets_a_site_of_its_own_and_leaves_the_shared_theme_alone()
    {
        using var sites = new FixtureSites();
        string shared;
        using (var lease = sites.Take(InvalidFixture.Load("bad-kind-value")))
        {
            shared = lease.Site.Root;
        }

        var themeCase = InvalidFixture.Load("template-syntax-error");
        Assert.True(themeCase.ChangesTheme);

        string own;
        using (var lease = sites.Take(themeCase))
        {
            own = lease.Site.Root;
            Assert.NotEqual(shared, own);
            Assert.NotEqual(FolderSnapshot.Take(RepoPaths.Theme), FolderSnapshot.Take(lease.Site.Theme));
        }

        Assert.False(Directory.Exists(own));
        Assert.Equal(FolderSnapshot.Take(RepoPaths.Theme), FolderSnapshot.Take(Path.Combine(shared, "theme")));
    }
}
