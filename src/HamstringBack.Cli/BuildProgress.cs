using HamstringBack.Core;
using Spectre.Console;

namespace HamstringBack.Cli;

/// <summary>
/// Runs a build with a Spectre.Console spinner naming the current stage, when the program writes to a terminal
/// (not with --quiet, not when output is redirected, as in CI or tests). Diagnostics never go through Spectre.
/// </summary>
public static class BuildProgress
{
    /// <summary>Builds with <paramref name="options"/>, showing progress on <paramref name="stdout"/> when it is the terminal.</summary>
    public static BuildResult Build(BuildOptions options, TextWriter stdout, bool quiet)
    {
        if (quiet || stdout != Console.Out || Console.IsOutputRedirected)
        {
            return new SiteBuilder().Build(options);
        }

        return AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start("Building…", context =>
            new SiteBuilder { StageStarted = stage => context.Status($"Building: {stage}…") }.Build(options));
    }

    /// <summary>Prints each stage's time, for --verbose.</summary>
    public static void PrintTimings(IEnumerable<StageTiming> timings, TextWriter stdout)
    {
        foreach (var timing in timings)
        {
            stdout.WriteLine($"  {timing.Stage,-10} {timing.Elapsed.TotalMilliseconds,8:0.0} ms");
        }
    }
}
