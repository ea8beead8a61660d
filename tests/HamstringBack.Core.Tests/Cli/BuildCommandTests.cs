using static HamstringBack.Core.Tests.Cli.CliRunner;

namespace HamstringBack.Core.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_identical()
    {
        using var site = new SiteCopy();
        var output = Path.Combine(site.Root, "output");
        Assert.Equal(0, Run("build", "--input", site.Input, "--theme", site.Theme, "--output", output, "--quiet").Code);
        File.WriteAllText(Path.Combine(output, "left-by-hand.txt"), "kept");
        var before = Snapshot(output);
        site.Edit("input/sections/04-stretching.md", "title: Stretching", "title: [Stretching");

        var (code, stdout, stderr) = Run("build", "--input", site.Input, "--theme", site.Theme, "--output", output);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("input/sections/04-stretching.md(13,1): error HB0101: This is not valid YAML: the text ends before a [ or { is closed. Check the indentation (spaces, not tabs) and that quotes are closed.",
            stderr.Replace(site.Root + "/", string.Empty));
        Assert.Matches(@"Build failed: \d+ error\(s\)\. The previous output was left as it was\.", stderr);
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order().ToArray());
    }

    [Fact]
    public void A_successful_build_replaces_the_output_and_reports_files_and_time()
    {
        using var site = new SiteCopy();
        var output = Path.Combine(site.Root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");

        var (code, stdout, stderr) = Run("build", "--input", site.Input, "--theme", site.Theme, "--output", output, "--verbose");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(output, "stretching/index.html")));
        Assert.Matches(@"Built \d+ files into .*output/ in \d+ ms\.", stdout);
        Assert.Matches(@"(?m)^  render +\d+\.\d ms$", stdout);
    }

    [Fact]
    public void Quiet_prints_nothing_on_success()
    {
        using var site = new SiteCopy();

        var (code, stdout, _) = Run("build", "--input", site.Input, "--theme", site.Theme, "--output", Path.Combine(site.Root, "out"), "--quiet");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stdout);
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
