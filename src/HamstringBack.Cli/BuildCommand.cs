using System.CommandLine;
using System.Diagnostics;
using HamstringBack.Cli.Search;
using HamstringBack.Core;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Search;
using HamstringBack.Core.Write;

namespace HamstringBack.Cli;

/// <summary>`build`: builds the site and swaps it into the output folder only when the build succeeded.</summary>
public static class BuildCommand
{
    /// <summary>The `build` command: its options and its action.</summary>
    public static Command Create(CliOptions options)
    {
        var command = new Command("build", "Build the site into the output folder (replaced only when the build succeeds), with its search index (installs pagefind with npm ci on first use).")
        {
            options.Input, options.Theme, options.Output, options.BaseUrl, options.Quiet, options.Verbose, options.NoSearch,
        };
        command.SetAction(result => Run(
            new BuildOptions(result.GetValue(options.Input)!, ToolFiles.ThemeFor(result.GetValue(options.Theme)), result.GetValue(options.BaseUrl)),
            result.GetValue(options.Output)!,
            new BuildFlags(result.GetValue(options.Quiet), result.GetValue(options.Verbose), !result.GetValue(options.NoSearch)),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(BuildOptions options, string output, BuildFlags flags, TextWriter stdout, TextWriter stderr)
    {
        var watch = Stopwatch.StartNew();
        var display = output.Replace('\\', '/');
        var refused = SettingsLoader.CheckOverride(options.BaseUrl)
            ?? OutputFolder.CheckPlace(output, display, Directory.GetCurrentDirectory(), ("input", options.InputDir), ("theme", options.ThemeDir));
        if (refused is not null)
        {
            return Refuse(refused, stderr);
        }

        var search = flags.Search ? new PagefindOnFirstUse(Directory.GetCurrentDirectory(), flags.Quiet ? TextWriter.Null : stdout) : (ISearchIndexer)NoSearchIndex.Instance;
        var result = BuildProgress.Build(options with { Output = new SiteOutput(output, display) { Search = search } }, stdout, flags.Quiet);
        Report(result.Diagnostics, stderr);
        if (result.OutputRefused is { } foreign)
        {
            return Refuse(foreign, stderr);
        }

        if (flags.Verbose)
        {
            BuildProgress.PrintTimings(result.Timings, stdout);
        }

        return Summarize(result.Diagnostics.Count(d => d.IsError), flags.Quiet ? null : $"Built {result.Files.Count} files into {output}/ in {watch.ElapsedMilliseconds} ms.", stdout, stderr);
    }

    /// <summary>The last line: how many errors there were, or (unless quiet) what was built; and the exit code.</summary>
    private static int Summarize(int errors, string? built, TextWriter stdout, TextWriter stderr)
    {
        if (errors > 0)
        {
            stderr.WriteLine($"Build failed: {errors} error(s). The previous output was left as it was.");
            return ExitCodes.ContentErrors;
        }

        if (built is not null)
        {
            stdout.WriteLine(built);
        }

        return ExitCodes.Success;
    }

    /// <summary>An output folder or --base-url the build must not use: a usage error, and nothing is written.</summary>
    private static int Refuse(Diagnostic refusal, TextWriter stderr)
    {
        stderr.WriteLine(refusal.ToString());
        stderr.WriteLine("Nothing was written.");
        return ExitCodes.Usage;
    }

    /// <summary>Prints diagnostics one per line, errors and warnings alike.</summary>
    public static void Report(IEnumerable<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>What `build` was asked to do besides building: print less, print timings, make the search index.</summary>
    private sealed record BuildFlags(bool Quiet, bool Verbose, bool Search);
}
