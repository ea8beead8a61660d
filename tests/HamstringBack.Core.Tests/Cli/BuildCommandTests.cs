using HamstringBack.Core.Model;
using HamstringBack.Core.Tests.Support;
using HamstringBack.Core.Write;

namespace HamstringBack.Core.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_identical()
    {
        using var site = new TempSite();
        var output = site.Output;
        Assert.Equal(0, CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", output, "--quiet").ExitCode);
        File.WriteAllText(Path.Combine(output, "left-by-hand.txt"), "kept");
        var before = FolderSnapshot.Take(output);
        site.Edit("input/sections/04-stretching.md", "title: Stretching", "title: [Stretching");

        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("input/sections/04-stretching.md(2,1): error HB0101: This is not valid YAML: the YAML reader could not make sense of it. Check the indentation (spaces, not tabs) and that quotes are closed.",
            run.Stderr.Replace(site.Root + "/", string.Empty));
        Assert.Matches(@"Build failed: \d+ error\(s\)\. The previous output was left as it was\.", run.Stderr);
        Assert.Equal(before, FolderSnapshot.Take(output));
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order().ToArray());
    }

    [Fact]
    public void A_successful_build_replaces_the_output_and_reports_files_and_time()
    {
        using var site = new TempSite().NamePeople();
        var output = site.Output;
        Assert.Empty(SiteWriter.Write(output, "output", [new OutputFile("stale.html", "old"u8.ToArray())]));

        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", output, "--verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(output, "stretching/index.html")));
        Assert.Matches(@"Built \d+ files into .*output/ in \d+ ms\.", run.Stdout);
        Assert.Matches(@"(?m)^  render +\d+\.\d ms$", run.Stdout);
    }

    [Fact]
    public void Quiet_prints_nothing_on_success()
    {
        using var site = new TempSite();

        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", Path.Combine(site.Root, "out"), "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
    }
}
