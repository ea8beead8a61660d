using System.Diagnostics;
using System.Text;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>Input that is too big, points outside input/, or folders that are missing or unwritable (issue 8).</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void A_50_MB_markdown_file_is_refused_quickly_with_a_located_error()
    {
        using var site = new TempSite();
        var huge = new StringBuilder("---\ntitle: Huge\norder: 9\nsummary: Big.\nlast_reviewed: 2026-11-20\nnext_review: 2027-11-20\n---\n");
        var line = new string('a', 99) + "\n";
        while (huge.Length < 50 * 1024 * 1024)
        {
            huge.Append(line);
        }

        site.NamePeople().Write("input/sections/09-huge.md", huge.ToString());
        var watch = Stopwatch.StartNew();

        var result = site.Build();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("HB0006", error.Code);
        Assert.Equal("input/sections/09-huge.md", error.File);
    }

    [Fact]
    public void A_symlink_pointing_outside_input_is_refused()
    {
        using var site = new TempSite();
        var secret = Path.Combine(site.Root, "secret.yml");
        File.WriteAllText(secret, "name: Secret\n");
        File.CreateSymbolicLink(Path.Combine(site.Input, "exercises", "secret.yml"), secret);
        site.NamePeople();

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("HB0007", error.Code);
        Assert.Equal("input/exercises/secret.yml", error.File);
    }

    [Fact]
    public void A_symlink_to_a_file_inside_input_is_followed()
    {
        using var site = new TempSite();
        File.Move(Path.Combine(site.Input, "images", "pelvis-tilt.svg"), Path.Combine(site.Input, "pelvis-tilt.svg"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "images", "pelvis-tilt.svg"), Path.Combine(site.Input, "pelvis-tilt.svg"));

        Assert.True(site.Build().Succeeded);
    }

    [Fact]
    public void A_missing_input_folder_is_an_error_not_a_crash()
    {
        var run = CliRun.Start("build", "--input", "/nonexistent/hb-input", "--output", Path.Combine(Path.GetTempPath(), "hb-never"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent/hb-input(1,1): error HB0001:", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "hb-never")));
    }

    [Fact]
    public void An_input_path_that_is_a_file_is_an_error()
    {
        using var site = new TempSite();
        var run = CliRun.Start("build", "--input", Path.Combine(site.Input, "site.yml"), "--theme", site.Theme, "--output", site.Output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error HB0002:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_an_error_and_the_file_is_kept()
    {
        using var site = new TempSite();
        File.WriteAllText(site.Output, "keep me");

        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error HB0002:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(site.Output));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_an_error()
    {
        using var site = new TempSite();
        File.WriteAllText(Path.Combine(site.Root, "a-file"), "not a folder");
        var output = Path.Combine(site.Root, "a-file", "output");

        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error HB0003:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_previous_output_byte_identical()
    {
        // Given a built site, and a file blocking the staging folder the writer needs (as a full or read-only disk would)
        using var site = new TempSite();
        Assert.Equal(0, CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--quiet").ExitCode);
        var before = FolderSnapshot.Take(site.Output);
        File.WriteAllText(Path.Combine(site.Root, $".output-new-{Environment.ProcessId}"), "blocker");
        site.Write("input/home.md", site.Read("input/home.md") + "\nA new paragraph.\n");

        // When the build's write fails
        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);

        // Then the error is reported and the old site is still there, unchanged
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error HB0003:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }
}
