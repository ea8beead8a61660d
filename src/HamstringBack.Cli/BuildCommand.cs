using System.Diagnostics;
using HamstringBack.Cli.Search;
using HamstringBack.Core;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Write;

namespace HamstringBack.Cli;

/// <summary>`build`: builds the site and swaps it into the output folder only when the build succeeded.</summary>
public static class BuildCommand
{
    public static int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var watch = Stopwatch.StartNew();
        var options = new BuildOptions(args.Get("input", "input"), ToolFiles.ThemeFor(args), args.Get("base-url"));
        var output = args.Get("output", "output");
        var display = output.Replace('\\', '/');
        var refused = SettingsLoader.CheckOverride(options.BaseUrl)
            ?? OutputFolder.CheckPlace(output, display, Directory.GetCurrentDirectory(), ("input", options.InputDir), ("theme", options.ThemeDir));
        if (refused is not null)
        {
            return Refuse(refused, stderr);
        }

        var quiet = args.Flags.Contains("quiet");
        var result = BuildProgress.Build(options, stdout, quiet);
        var diagnostics = result.Diagnostics.ToList();
        var timings = result.Timings.ToList();
        if (result.Succeeded && OutputFolder.CheckContents(output, display) is { } foreign)
        {
            Report(diagnostics, stderr);
            return Refuse(foreign, stderr);
        }

        if (result.Succeeded && !args.Flags.Contains("no-search"))
        {
            // Issue 18: `build` alone makes the whole site; pagefind is installed (npm ci) on first use.
            diagnostics.AddRange(SearchToolInstaller.FromPath().InstallIfMissing(Directory.GetCurrentDirectory(), quiet ? TextWriter.Null : stdout));
        }

        if (result.Succeeded && !diagnostics.Any(d => d.IsError))
        {
            var writing = Stopwatch.StartNew();
            Func<string, IReadOnlyList<Diagnostic>>? index = null;
            if (!args.Flags.Contains("no-search"))
            {
                var search = PagefindIndexer.Find(Directory.GetCurrentDirectory());
                index = site => search.Index(site, display);
            }

            diagnostics.AddRange(SiteWriter.Write(output, display, result.Files, index));
            timings.Add(new StageTiming("write", writing.Elapsed));
        }

        Report(diagnostics, stderr);
        if (args.Flags.Contains("verbose"))
        {
            BuildProgress.PrintTimings(timings, stdout);
        }

        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            stderr.WriteLine($"Build failed: {errors} error(s). The previous output was left as it was.");
            return ExitCodes.ContentErrors;
        }

        if (!quiet)
        {
            stdout.WriteLine($"Built {result.Files.Count} files into {output}/ in {watch.ElapsedMilliseconds} ms.");
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
}
