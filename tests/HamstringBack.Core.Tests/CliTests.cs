using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>The command line: help, usage errors and exit codes.</summary>
public sealed class CliTests
{
    [Fact]
    public void Help_lists_the_commands_issue_13()
    {
        var run = CliRun.Start("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("hamstringback [command] [options]", run.Stdout, StringComparison.Ordinal);
        foreach (var command in new[] { "preview", "check", "new", "build", "help" })
        {
            Assert.Matches($"(?m)^  {command}\\b", run.Stdout);
        }

        Assert.Contains("Exit codes: 0 success, 1 content errors", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_help_lists_the_options_of_build_and_no_others_issue_13()
    {
        var run = CliRun.Start("build", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("hamstringback build [options]", run.Stdout, StringComparison.Ordinal);
        foreach (var option in new[] { "--input <DIR>", "--theme <DIR>", "--output <DIR>", "--base-url <URL>", "--quiet", "--verbose", "--no-search", "-h, --help" })
        {
            Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("[default: output]", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("--port", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("--group", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Theory]
    [InlineData("preview", "--port <N>", "[default: 5080]")]
    [InlineData("check", "--base-url <URL>", "links, anchors, alt text")]
    [InlineData("new section", "--group <NAME>", "hamstringback new section <TITLE> [options]")]
    [InlineData("new exercise", "<NAME>", "\"Cat stretch\"")]
    [InlineData("new site", "<DIR>", "an example topic to replace")]
    public void Each_command_has_its_own_help_and_help_COMMAND_shows_the_same_issue_13(string command, string option, string text)
    {
        var words = command.Split(' ');

        var run = CliRun.Start([.. words, "--help"]);
        var viaHelp = CliRun.Start(["help", .. words]);

        Assert.Equal((0, 0), (run.ExitCode, viaHelp.ExitCode));
        Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        Assert.Contains(text, run.Stdout, StringComparison.Ordinal);
        Assert.Equal(run.Stdout, viaHelp.Stdout);
    }

    // Issue 13: parse errors come from System.CommandLine; each is one line naming what it could not take and the
    // help of the command it was given to, exit 2, no stack trace. (The whole usage text is no longer repeated.)
    [Theory]
    [InlineData("'publish'", "hamstringback --help", "publish")]
    [InlineData("'--colour'", "hamstringback build --help", "build", "--colour", "red")]
    [InlineData("'--input'", "hamstringback build --help", "build", "--input")]
    [InlineData("--output needs a value.", "hamstringback build --help", "build", "--output", " ")]
    [InlineData("--port needs a number from 0 to 65535.", "hamstringback preview --help", "preview", "--port", "65536")]
    [InlineData("'--no-open'", "hamstringback preview --help", "preview", "--no-open")]
    [InlineData("'--group'", "hamstringback new exercise --help", "new", "exercise", "Cat stretch", "--group", "knees")]
    [InlineData("'--port'", "hamstringback check --help", "check", "--port", "80")]
    [InlineData("Required command was not provided.", "hamstringback --help")]
    public void Usage_errors_exit_with_2_and_one_line_naming_the_mistake_and_the_help_issue_13(string mistake, string help, params string[] args)
    {
        var run = CliRun.Start(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(mistake, line, StringComparison.Ordinal);
        Assert.EndsWith($"See '{help}'.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggest_directive_completes_an_option_issue_13()
    {
        var run = CliRun.Start("[suggest:9]", "build --o");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["--output"], run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
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
