using System.Diagnostics;
using HamstringBack.Core;
using HamstringBack.Core.Write;

namespace HamstringBack.Bench;

/// <summary>
/// Times what a preview does after an editor saves one page: rebuild the site in this (warm) process and write
/// the new output. Repeats the edit many times and reports the median rebuild and how memory moved over the runs.
/// </summary>
internal static class RebuildBenchmark
{
    public static int Run(string input, string theme, string output, int runs)
    {
        var options = new BuildOptions(input, theme);
        var page = Directory.EnumerateFiles(Path.Combine(input, "sections"), "*.md").Order(StringComparer.Ordinal).First();
        var original = File.ReadAllText(page);
        var cold = Stopwatch.StartNew();
        if (!BuildAndWrite(options, output))
        {
            return 1;
        }

        Console.WriteLine($"first build (cold process): {cold.ElapsedMilliseconds} ms");
        var times = new List<double>();
        var managed = new List<long>();
        var resident = new List<long>();
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                var watch = Stopwatch.StartNew();
                File.WriteAllText(page, original + $"\nEdit number {run}.\n");
                if (!BuildAndWrite(options, output))
                {
                    return 1;
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
                Console.Error.WriteLine($"  rebuild {run}: {watch.ElapsedMilliseconds} ms ({LastTimings} ms)");
                managed.Add(GC.GetTotalMemory(forceFullCollection: true));
                resident.Add(Process.GetCurrentProcess().WorkingSet64);
            }
        }
        finally
        {
            File.WriteAllText(page, original);
        }

        times.Sort();
        Console.WriteLine($"rebuild after a one-file edit, {runs} runs: median {times[times.Count / 2]:0} ms, " +
            $"min {times[0]:0} ms, max {times[^1]:0} ms");
        Console.WriteLine($"managed heap after full GC: run 1 {Mb(managed[0])}, run {runs / 2} {Mb(managed[runs / 2 - 1])}, run {runs} {Mb(managed[^1])}");
        Console.WriteLine($"working set: run 1 {Mb(resident[0])}, run {runs / 2} {Mb(resident[runs / 2 - 1])}, run {runs} {Mb(resident[^1])}");
        return 0;
    }

    private static bool BuildAndWrite(BuildOptions options, string output)
    {
        var result = new SiteBuilder().Build(options);
        LastTimings = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0}"));
        var diagnostics = result.Diagnostics.Concat(result.Succeeded ? SiteWriter.Write(output, output, result.Files) : []).ToList();
        foreach (var diagnostic in diagnostics.Where(d => d.IsError))
        {
            Console.Error.WriteLine(diagnostic);
        }

        return diagnostics.All(d => !d.IsError);
    }

    private static string LastTimings { get; set; } = string.Empty;

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";
}
