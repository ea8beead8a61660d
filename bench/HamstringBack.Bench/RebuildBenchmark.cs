using System.Diagnostics;
using HamstringBack.Cli.Preview;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;

namespace HamstringBack.Bench;

/// <summary>
/// Times what `preview` does after an editor saves one page: the preview machinery runs in this process (file
/// watcher, debounce, cached rebuild, swap into the served site), the benchmark writes an edit to one section and
/// waits until the served page is the new one. The page is open as a browser keeps it open (its event stream), so
/// the preview renders and serves it first (issue 16). Repeats the edit many times and reports the times from save
/// to new page, and to the end of the whole rebuild, and how memory moved over the runs.
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
        // The first section page (of the first group, in a nested corpus): a body edit of one page.
        var sections = Path.Combine(input, "sections");
        var first = Directory.EnumerateFiles(sections, "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != GroupFolder.PageFile)
            .Order(StringComparer.Ordinal)
            .First();
        var url = "/" + SectionLoader.PathOf(Path.GetRelativePath(input, first).Replace('\\', '/'));
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
        var stages = new StageClock();
        preview.StageStarted = stages.Start;
        using var http = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        var times = new List<double>();
        var reloads = new List<double>();
        var lags = new List<double>();
        var ends = new List<double>();
        var builds = new List<double>();
        var managed = new List<long>();
        var resident = new List<long>();
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                var before = preview.Site.PageHash(url);
                var watch = new Stopwatch();
                using var viewing = await ViewAsync(http, new Uri(preview.Address, url), before, watch);
                var ended = preview.BuildsEnded;
                var changed = preview.Site.Changed;
                watch.Start();
                stages.Reset();
                await File.WriteAllTextAsync(file, original + (file.EndsWith(".css", StringComparison.Ordinal) ? $"\n/* Edit number {run}. */\n" : $"\nEdit number {run}.\n"));
                while (preview.Site.PageHash(url) == before || preview.Site.Problems.Count > 0)
                {
                    await changed.WaitAsync(Timeout);
                    changed = preview.Site.Changed;
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
                reloads.Add(await viewing.Reloaded.WaitAsync(Timeout));
                while (preview.BuildsEnded == ended)
                {
                    await Task.Delay(2);
                }

                ends.Add(watch.Elapsed.TotalMilliseconds);
                lags.Add(times[^1] - preview.LastViewedServed.TotalMilliseconds);
                builds.Add(preview.LastBuild.TotalMilliseconds);
                stages.End(preview.LastBuild);
                Console.Error.WriteLine($"  edit {run}: new page served after {times[^1]:0} ms, reload event read after {reloads[^1]:0.0} ms (viewed page served {preview.LastViewedServed.TotalMilliseconds:0} ms " +
                    $"into the rebuild), whole rebuild ended after {ends[^1]:0} ms (rebuild and swap {preview.LastBuild.TotalMilliseconds:0} ms)");

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

        Console.WriteLine($"save to reload event read by the page's event stream (median): {reloads.Order().ElementAt(reloads.Count / 2):0.0} ms; " +
            $"save to viewed page served minus the time into the rebuild (watcher, debounce, start): median {Median(lags):0.0} ms");
        times.Sort();
        ends.Sort();
        builds.Sort();
        Console.WriteLine($"save to viewed page served after an edit of {Path.GetFileName(file)}, {runs} runs: median {times[times.Count / 2]:0} ms, " +
            $"min {times[0]:0} ms, max {times[^1]:0} ms; save to whole rebuild ended: median {ends[ends.Count / 2]:0} ms, min {ends[0]:0} ms, max {ends[^1]:0} ms " +
            $"(rebuild and swap alone: median {builds[builds.Count / 2]:0} ms); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine($"stages (median ms; the last runs to the end of the rebuild and swap): {stages.Medians()}");
        var middle = Math.Max(runs / 2, 1);
        Console.WriteLine($"managed heap after full GC: run 1 {Mb(managed[0])}, run {middle} {Mb(managed[middle - 1])}, run {runs} {Mb(managed[^1])}");
        Console.WriteLine($"working set: run 1 {Mb(resident[0])}, run {middle} {Mb(resident[middle - 1])}, run {runs} {Mb(resident[^1])}");
        return 0;
    }

    /// <summary>
    /// Opens the page's event stream as its reload script does, so the preview counts it as viewed; disposing closes
    /// it. <see cref="Viewed.Reloaded"/> gives the time on <paramref name="clock"/> when the stream said "reload".
    /// </summary>
    private static async Task<Viewed> ViewAsync(HttpClient http, Uri page, string hash, Stopwatch clock)
    {
        var events = new Uri(page, $"/__preview/events?page={Uri.EscapeDataString(page.AbsolutePath)}&hash={hash}");
        var response = await http.GetAsync(events, HttpCompletionOption.ResponseHeadersRead);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        while (await reader.ReadLineAsync() is { } line && line != "event: hello")
        {
        }

        return new Viewed(response, ReloadAsync(reader, clock));
    }

    private static async Task<double> ReloadAsync(StreamReader reader, Stopwatch clock)
    {
        while (await reader.ReadLineAsync() is { } line && line != "event: reload")
        {
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>An open page's event stream, and when it said "reload".</summary>
    private sealed record Viewed(IDisposable Stream, Task<double> Reloaded) : IDisposable
    {
        public void Dispose() => Stream.Dispose();
    }

    /// <summary>
    /// Times each stage of the rebuilds from one start to the next (<see cref="PreviewServer.StageStarted"/>), the
    /// last until the preview's rebuild and swap end; keeps the rebuild that served the edit (the latest one).
    /// </summary>
    private sealed class StageClock
    {
        private readonly Dictionary<string, List<double>> _times = [];
        private readonly List<(string Stage, TimeSpan At)> _starts = [];
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _buildStart;

        public void Start(string stage)
        {
            lock (_starts)
            {
                if (stage == "read")
                {
                    _starts.Clear();
                    _buildStart = _clock.Elapsed;
                }

                _starts.Add((stage, _clock.Elapsed));
            }
        }

        public void Reset()
        {
            lock (_starts)
            {
                _starts.Clear();
            }
        }

        public void End(TimeSpan build)
        {
            lock (_starts)
            {
                // The preview's LastBuild starts a moment before the read stage: close the last stage at that end.
                var end = _buildStart + build;
                for (var i = 0; i < _starts.Count; i++)
                {
                    var until = i + 1 < _starts.Count ? _starts[i + 1].At : end;
                    if (!_times.TryGetValue(_starts[i].Stage, out var list))
                    {
                        _times[_starts[i].Stage] = list = [];
                    }

                    list.Add(Math.Max(0, (until - _starts[i].At).TotalMilliseconds));
                }
            }
        }

        public string Medians() => string.Join(", ", _times.Select(p => $"{p.Key} {Median(p.Value):0}"));
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";
}
