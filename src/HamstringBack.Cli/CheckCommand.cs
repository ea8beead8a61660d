using System.CommandLine;
using HamstringBack.Core;
using HamstringBack.Core.Check;
using HamstringBack.Core.Load;

namespace HamstringBack.Cli;

/// <summary>`check`: builds in memory and checks the built site too; lists every problem, writes nothing.</summary>
public static class CheckCommand
{
    /// <summary>The `check` command: its options and its action.</summary>
    public static Command Create(CliOptions options)
    {
        var command = new Command("check", "Build in memory and check the built site (links, anchors, alt text, headings, review dates); lists every problem, writes nothing. Exit 1 on errors.")
        {
            options.Input, options.Theme, options.BaseUrl, options.Quiet, options.Verbose,
        };
        command.SetAction(result => Run(
            new BuildOptions(result.GetValue(options.Input)!, ToolFiles.ThemeFor(result.GetValue(options.Theme)), result.GetValue(options.BaseUrl)) { KeepSyntaxTrees = true },
            result.GetValue(options.Quiet),
            result.GetValue(options.Verbose),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(BuildOptions options, bool quiet, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        if (SettingsLoader.CheckOverride(options.BaseUrl) is { } refused)
        {
            stderr.WriteLine(refused.ToString());
            return ExitCodes.Usage;
        }

        var result = BuildProgress.Build(options, stdout, quiet);
        var diagnostics = SiteChecker.Check(result, DateOnly.FromDateTime(DateTime.Now));
        BuildCommand.Report(diagnostics, stderr);
        if (verbose)
        {
            BuildProgress.PrintTimings(result.Timings, stdout);
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (errors > 0)
        {
            stderr.WriteLine($"Check failed: {errors} error(s), {warnings} warning(s).");
            return ExitCodes.ContentErrors;
        }

        if (!quiet)
        {
            var pages = result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith(HamstringBack.Core.Admin.AdminSite.Folder, StringComparison.Ordinal));
            stdout.WriteLine($"Checked {pages} pages: no errors, {warnings} warning(s).");
        }

        return ExitCodes.Success;
    }
}
