using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>The command line: help, usage errors and exit codes.</summary>
public sealed class CliTests
{
    [Fact]
    public void Help_lists_the_commands_and_options()
    {
        var run = CliRun.Start("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("build", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--base-url", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--output", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("build", "--colour", "red")]
    [InlineData("build", "--input")]
    [InlineData]
    public void Usage_errors_exit_with_2_and_show_the_usage(params string[] args)
    {
        var run = CliRun.Start(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Usage:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_writes_the_site_and_exits_0()
    {
        using var site = new TempSite().NamePeople();
        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "exercises", "bird-dog", "index.html")));
    }
}
