using System.Text.Json;
using HamstringBack.Cli.Serve;
using HamstringBack.Core;
using HamstringBack.Core.Caching;
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
/// to reload or to show the build's problems. As Hugo's server's fast render mode does, the pages open in a
/// browser are rendered and served first, as soon as the rebuild has planned the pages; the rest of it (other
/// pages, sitemap, offline manifest, swap) follows, and a page asked for before then is rendered on demand; a body
/// edit's pages are served even before that, from the last good build patched (<see cref="PreviewRebuilder"/>). A
/// newer change cancels a rebuild still going on (issue 16). output/ is never touched. Whatever goes wrong in a rebuild (even an
/// exception) is shown as a problem, and the preview keeps watching, also when input/ itself goes and comes back.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewOptions _options;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<FolderWatch> _watches = [];
    private readonly ViewedPages _viewed = new();
    private readonly PreviewRebuilder _rebuilder;
    private StaticSiteServer? _server;
    private Task _loop = Task.CompletedTask;

    private PreviewServer(PreviewOptions options, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _rebuilder = new PreviewRebuilder(options, stdout, stderr, Site, _viewed, () => Address.ToString());
    }

    /// <summary>The site being served.</summary>
    public PreviewSite Site { get; } = new();

    /// <summary>The address pages are served at, ending with '/'.</summary>
    public Uri Address => _server?.Address ?? throw new InvalidOperationException("Not started.");

    /// <summary>How long the latest build (and swap) took.</summary>
    public TimeSpan LastBuild => _rebuilder.LastBuild;

    /// <summary>How many builds have ended (succeeded, failed or were cancelled), the first one included.</summary>
    public int BuildsEnded => _rebuilder.BuildsEnded;

    /// <summary>How long the latest build took to serve the pages being viewed (from its start); zero when it served none first.</summary>
    public TimeSpan LastViewedServed => _rebuilder.LastViewedServed;

    /// <summary>Called as each stage of a build starts (tests use it to change files in the middle of a build).</summary>
    internal Action<string>? StageStarted
    {
        get => _rebuilder.StageStarted;
        set => _rebuilder.StageStarted = value;
    }

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
        preview._rebuilder.Build(CancellationToken.None);
        preview.Watch(options.Input);
        preview.Watch(options.Theme);
        preview._loop = preview._rebuilder.RunAsync(preview._stop.Token);
        return preview;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var watch in _watches)
        {
            watch.Dispose();
        }

        await _loop;
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _stop.Dispose();
    }

    private void Watch(string folder) => _watches.Add(new FolderWatch(folder, _rebuilder.Changed));

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
                    _rebuilder.RenderIfStale(context.Request.Path.Value ?? "/");
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
        using var viewing = _viewed.Open(page);
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
