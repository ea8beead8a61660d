using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using HamstringBack.Cli.Serve;
using HamstringBack.Core;
using HamstringBack.Core.Render;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HamstringBack.Cli.Preview;

/// <summary>
/// `preview`: builds the site in memory, serves it with Kestrel on the loopback interface with the headers of
/// netlify.toml, watches input/ and theme/, rebuilds after a change (debounced; only what the change affects, with
/// a <see cref="BuildCache"/> kept for the session), swaps in the files whose bytes changed, and tells open pages
/// to reload or to show the build's problems. output/ is never touched.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    // Editors save in bursts a few milliseconds long (truncate then write; or write a copy, then rename); a burst
    // cut in two only makes a second rebuild. Kept short: it counts in the time from save to new page.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(25);

    private readonly PreviewOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly BuildCache _cache = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private StaticSiteServer? _server;
    private Task _loop = Task.CompletedTask;

    private PreviewServer(PreviewOptions options, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>The site being served.</summary>
    public PreviewSite Site { get; } = new();

    /// <summary>The address pages are served at, ending with '/'.</summary>
    public Uri Address => _server?.Address ?? throw new InvalidOperationException("Not started.");

    /// <summary>How long the latest build (and swap) took.</summary>
    public TimeSpan LastBuild { get; private set; }

    /// <summary>Starts serving, builds once, then watches for changes until disposed.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter stdout, TextWriter stderr)
    {
        var preview = new PreviewServer(options, stdout, stderr);
        var netlify = options.NetlifyToml is { } toml && File.Exists(toml) ? NetlifyConfig.Load(toml) : null;
        if (netlify is null)
        {
            stderr.WriteLine("warning: netlify.toml not found; serving without the production headers.");
        }

        preview._server = await StaticSiteServer.StartAsync(
            new MemoryFileProvider(preview.Site),
            options.Port,
            path => netlify?.HeadersFor(path) ?? new Dictionary<string, string>(),
            preview.MapPreviewFiles);
        preview.Build();
        preview.Watch(options.Input);
        preview.Watch(options.Theme);
        preview._loop = preview.RebuildLoopAsync(preview._stop.Token);
        return preview;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        await _loop;
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _stop.Dispose();
    }

    /// <summary>Builds now and swaps in the result, or records its problems; returns whether it succeeded.</summary>
    public bool Build()
    {
        var watch = Stopwatch.StartNew();
        var result = new SiteBuilder { Cache = _cache }.Build(new BuildOptions(_options.Input, _options.Theme, Address.ToString()));
        if (!result.Succeeded)
        {
            Site.Fail(result.Diagnostics.Select(d => d.ToString()).ToList());
            LastBuild = watch.Elapsed;
            BuildCommand.Report(result.Diagnostics, _stderr);
            _stderr.WriteLine("Build failed: still serving the last good site. Fix the file and save.");
            return false;
        }

        var changed = Site.Apply(result.Files);
        LastBuild = watch.Elapsed;
        BuildCommand.Report(result.Diagnostics, _stderr);
        _stdout.WriteLine($"Built in {LastBuild.TotalMilliseconds:0} ms ({_cache.PagesRendered} page(s) rendered): {changed.Count} file(s) changed.");
        return true;
    }

    private void Watch(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => _requests.Writer.TryWrite(true);
        watcher.Created += (_, _) => _requests.Writer.TryWrite(true);
        watcher.Deleted += (_, _) => _requests.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => _requests.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    /// <summary>One rebuild at a time; changes that arrive together (an editor's save) make one rebuild.</summary>
    private async Task RebuildLoopAsync(CancellationToken stop)
    {
        try
        {
            while (await _requests.Reader.ReadAsync(stop))
            {
                await Task.Delay(Debounce, stop);
                _requests.Reader.TryRead(out _);
                Build();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private void MapPreviewFiles(WebApplication app)
    {
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        app.Use(async (context, next) =>
        {
            switch (context.Request.Path.Value)
            {
                case PreviewSite.ScriptPath:
                    await Resource(context, "preview/reload.js", "text/javascript");
                    break;
                case PreviewSite.StylePath:
                    await Resource(context, "preview/overlay.css", "text/css");
                    break;
                case "/__preview/events":
                    await EventsAsync(context, stopping);
                    break;
                default:
                    await next();
                    break;
            }
        });
    }

    private static async Task Resource(HttpContext context, string name, string type)
    {
        await using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream(name)!;
        context.Response.ContentType = type + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await stream.CopyToAsync(context.Response.Body);
    }

    /// <summary>
    /// Server-sent events for one open page: "problems" (JSON list of lines) when the build fails, "clear" when
    /// it is fixed, "reload" when the page's own file (or any non-HTML file) differs from what the page shows.
    /// </summary>
    private async Task EventsAsync(HttpContext context, CancellationToken stopping)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var page = context.Request.Query["page"].ToString();
        var hash = context.Request.Query["hash"].ToString();
        var assets = Site.AssetVersion;
        var shown = string.Empty;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        await Send(context, "hello", string.Empty, done.Token);
        try
        {
            while (!done.IsCancellationRequested)
            {
                var next = Site.Changed;
                var problems = Site.Problems;
                var text = string.Join('\n', problems);
                if (text != shown)
                {
                    await Send(context, problems.Count > 0 ? "problems" : "clear", JsonSerializer.Serialize(problems, SiteJson.Default.IReadOnlyListString), done.Token);
                    shown = text;
                }

                if (problems.Count == 0 && (Site.PageHash(page) != hash || Site.AssetVersion != assets))
                {
                    await Send(context, "reload", string.Empty, done.Token);
                    return;
                }

                await next.WaitAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the preview is stopping.
        }
    }

    private static async Task Send(HttpContext context, string name, string data, CancellationToken cancel)
    {
        await context.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", cancel);
        await context.Response.Body.FlushAsync(cancel);
    }
}
