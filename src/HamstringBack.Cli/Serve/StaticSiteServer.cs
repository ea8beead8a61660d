using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace HamstringBack.Cli.Serve;

/// <summary>
/// Serves a built site folder on the loopback interface with Kestrel, the way Netlify does: clean URLs
/// (folder/index.html), 404.html for missing pages, and the response headers given.
/// Used by `preview` and by the browser tests.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address the server listens on, ending with '/'.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="root"/> on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public static Task<StaticSiteServer> StartAsync(string root, int port = 0, Func<string, IReadOnlyDictionary<string, string>>? headersFor = null, Action<WebApplication>? configure = null) =>
        StartAsync(new PhysicalFileProvider(Path.GetFullPath(root)), port, headersFor, configure);

    /// <summary>Starts serving the files of <paramref name="files"/> (a folder, or the preview's in-memory site).</summary>
    public static async Task<StaticSiteServer> StartAsync(IFileProvider files, int port = 0, Func<string, IReadOnlyDictionary<string, string>>? headersFor = null, Action<WebApplication>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        // Plain HTTP on the loopback address: the slim builder's Kestrel, without the HTTPS and HTTP/3 (QUIC) support
        // that UseKestrel adds, which the native program would otherwise carry (issue 13: less for the AOT compiler).
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        configure?.Invoke(app);
        if (headersFor is not null)
        {
            app.Use(async (context, next) =>
            {
                AddHeaders(context, headersFor);
                await next();
            });
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes(), ServeUnknownFileTypes = false });
        app.Run(context => NotFound(context, files));
        await app.StartAsync();
        return new StaticSiteServer(app, BoundAddress(app, port));
    }

    /// <summary>The content types of the usual extensions, and of the site's scripts, manifest, YAML and search index.</summary>
    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".js"] = "text/javascript";
        types.Mappings[".mjs"] = "text/javascript";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        types.Mappings[".yml"] = "text/yaml";
        foreach (var pagefind in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment" })
        {
            types.Mappings[pagefind] = "application/octet-stream";
        }

        return types;
    }

    /// <summary>Sets the headers <paramref name="headersFor"/> gives the request's path on the response as it starts.</summary>
    private static void AddHeaders(HttpContext context, Func<string, IReadOnlyDictionary<string, string>> headersFor)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.OnStarting(() =>
        {
            foreach (var (name, value) in headersFor(path))
            {
                context.Response.Headers[name] = value;
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>A 404 with the site's 404.html when it has one.</summary>
    private static async Task NotFound(HttpContext context, IFileProvider files)
    {
        var notFound = files.GetFileInfo("404.html");
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (notFound.Exists)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(notFound);
        }
    }

    /// <summary>The address Kestrel bound, with 127.0.0.1 for "any", ending with '/'.</summary>
    private static Uri BoundAddress(WebApplication app, int port)
    {
        var bound = app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.First()
            : null;
        return new Uri((bound ?? $"http://127.0.0.1:{port}").Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
