using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HamstringBack.Core.Tests.Cli;

/// <summary>
/// Listens to the preview's event stream (/__preview/events) as an open page's reload script does, and keeps every
/// event: "problems" carries the lines the overlay shows (kept here one a line). After a "reload" it opens the page again and listens on.
/// </summary>
public sealed partial class PreviewEventStream : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<(string Name, string Data)> _events = new();
    private readonly Task _listening;

    public PreviewEventStream(Uri page)
    {
        _listening = ListenAsync(page, _stop.Token);
    }

    /// <summary>Every event so far, in order.</summary>
    public IReadOnlyList<(string Name, string Data)> Events => _events.ToList();

    /// <summary>Waits for an event named <paramref name="name"/> whose data passes <paramref name="match"/>; fails after the timeout.</summary>
    public async Task<string> WaitForAsync(string name, Func<string, bool> match, int timeoutMs = 10000)
    {
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < timeoutMs)
        {
            if (_events.FirstOrDefault(e => e.Name == name && match(e.Data)) is { Name: not null } found)
            {
                return found.Data;
            }

            await Task.Delay(25);
        }

        Assert.Fail($"No '{name}' event in {timeoutMs} ms; events: {string.Join(" | ", _events.Select(e => e.Name + " " + e.Data))}");
        return string.Empty;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _listening;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            // Stopped while reading.
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ListenAsync(Uri page, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var html = await _http.GetStringAsync(page, stop);
            var hash = PageHash().Match(html).Groups[1].Value;
            var events = new Uri(page, $"/__preview/events?page={Uri.EscapeDataString(page.AbsolutePath)}&hash={hash}");
            using var response = await _http.GetAsync(events, HttpCompletionOption.ResponseHeadersRead, stop);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
            var name = string.Empty;
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    var data = line["data: ".Length..];
                    _events.Enqueue((name, name == "problems" ? string.Join('\n', JsonSerializer.Deserialize<string[]>(data)!) : data));
                }
            }
        }
    }

    [GeneratedRegex("data-page-hash=\"([0-9a-f]+)\"")]
    private static partial Regex PageHash();
}
