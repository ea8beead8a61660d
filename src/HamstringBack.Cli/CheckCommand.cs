using HamstringBack.Core;
using HamstringBack.Core.Check;
using HamstringBack.Core.Load;

namespace HamstringBack.Cli;

/// <summary>`check`: builds in memory and checks the built site too; lists every problem, writes nothing.</summary>
public static class CheckCommand
{
    public static int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var options = new BuildOptions(args.Get("input", "input"), ToolFiles.ThemeFor(args), args.Get("base-url")) { KeepSyntaxTrees = true };
        if (SettingsLoader.CheckOverride(options.BaseUrl) is { } refused)
        {
            stderr.WriteLine(refused.ToString());
            return ExitCodes.Usage;
        }

        var result = BuildProgress.Build(options, stdout, args.Flags.Contains("quiet"));
        var diagnostics = SiteChecker.Check(result, DateOnly.FromDateTime(DateTime.Now));
        BuildCommand.Report(diagnostics, stderr);
        if (args.Flags.Contains("verbose"))
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

        if (!args.Flags.Contains("quiet"))
        {
            var pages = result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith(HamstringBack.Core.Admin.AdminSite.Folder, StringComparison.Ordinal));
            stdout.WriteLine($"Checked {pages} pages: no errors, {warnings} warning(s).");
        }

        return ExitCodes.Success;
    }
}
