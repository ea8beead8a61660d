using System.Diagnostics;
using HamstringBack.Cli.Preview;
using HamstringBack.Core.Load;

namespace HamstringBack.Bench;

/// <summary>
/// Times what `preview` does after an editor saves one page: the preview machinery runs in this process (file
/// watcher, debounce, cached rebuild, swap into the served site), the benchmark writes an edit to one section and
/// waits until the served page is the new one. Repeats the edit many times and reports the times from save to
/// new page, and how memory moved over the runs.
/// </summary>
internal static class RebuildBenchmark
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <param name="output">Unused: the preview builds in memory and never writes a site (kept for run.sh).</param>
    /// <param name="edited">The file to edit (a theme's CSS file or template: issue 16's theme edit); the first section when null.</param>
    public static int Run(string input, string theme, string output, int runs, string? edited = null) =>
        RunAsync(input, theme, runs, edited).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string input, string theme, int runs, string? edited)
    {
        // The first section, at the top level or in the first group (the nested corpus): its page is the one watched.
        var first = Directory.EnumerateFiles(Path.Combine(input, "sections"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var group = Path.GetRelativePath(Path.Combine(input, "sections"), Path.GetDirectoryName(first)!);
        var url = "/" + (group == "." ? "" : SectionLoader.SlugOf(group + ".md") + "/") + SectionLoader.SlugOf(Path.GetFileName(first)) + "/";
        var file = edited ?? first;
        var original = File.ReadAllText(file);
        var log = new StringWriter();
        var cold = Stopwatch.StartNew();
        await using var preview = await PreviewServer.StartAsync(new PreviewOptions(input, theme, 0, null), log, log);
        if (preview.Site.Problems.Count > 0)
        {
            Console.Error.WriteLine(string.Join('\n', preview.Site.Problems));
            return 1;
        }

        Console.WriteLine($"first build (cold process, preview started): {cold.ElapsedMilliseconds} ms");
        var times = new List<double>();
        var builds = new List<double>();
        var managed = new List<long>();
        var resident = new List<long>();
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                var before = preview.Site.PageHash(url);
                var changed = preview.Site.Changed;
                var watch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, original + (file.EndsWith(".css", StringComparison.Ordinal) ? $"\n/* Edit number {run}. */\n" : $"\nEdit number {run}.\n"));
                while (preview.Site.PageHash(url) == before || preview.Site.Problems.Count > 0)
                {
                    await changed.WaitAsync(Timeout);
                    changed = preview.Site.Changed;
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
                builds.Add(preview.LastBuild.TotalMilliseconds);
                Console.Error.WriteLine($"  edit {run}: new page served after {watch.Elapsed.TotalMilliseconds:0} ms (rebuild and swap {preview.LastBuild.TotalMilliseconds:0} ms)");

                // An editor saves a page seconds apart; let the watcher's late events and their rebuild settle.
                await Task.Delay(200);
                managed.Add(GC.GetTotalMemory(forceFullCollection: true));
                resident.Add(Process.GetCurrentProcess().WorkingSet64);
            }
        }
        finally
        {
            File.WriteAllText(file, original);
        }

        // The preview's own account of each rebuild ("Built in … ms (N page(s) rendered) …"): where the time went.
        foreach (var line in log.ToString().Split('\n').Where(l => l.StartsWith("Built in", StringComparison.Ordinal)))
        {
            Console.Error.WriteLine("  preview: " + line);
        }

        times.Sort();
        builds.Sort();
        Console.WriteLine($"save to new page served after a one-page edit, {runs} runs: median {times[times.Count / 2]:0} ms, " +
            $"min {times[0]:0} ms, max {times[^1]:0} ms (rebuild and swap alone: median {builds[builds.Count / 2]:0} ms, " +
            $"min {builds[0]:0} ms, max {builds[^1]:0} ms)");
        var middle = Math.Max(runs / 2, 1);
        Console.WriteLine($"managed heap after full GC: run 1 {Mb(managed[0])}, run {middle} {Mb(managed[middle - 1])}, run {runs} {Mb(managed[^1])}");
        Console.WriteLine($"working set: run 1 {Mb(resident[0])}, run {middle} {Mb(resident[middle - 1])}, run {runs} {Mb(resident[^1])}");
        return 0;
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";
}
