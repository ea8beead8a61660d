using HamstringBack.Cli.Serve;
using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// One headless Debian Chromium (driven by Playwright) and one server of the real site built into a temporary
/// folder, shared by every test class of the run. Base URL is http://127.0.0.1:PORT/. Each test opens its own
/// browser context (own storage, own clock), so classes run side by side (issue 13): every class takes this as
/// its class fixture, and the first one to start builds the site and starts Chromium for all.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Flags that keep Chromium off the network (see shared/TOOLING.md).</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private static readonly Lazy<Task<Shared>> Started = new(Shared.StartAsync);

    private Shared _shared = null!;

    public IBrowser Browser => _shared.Browser;

    public string SiteFolder => _shared.SiteFolder;

    public Uri Address => _shared.Server.Address;

    public async Task InitializeAsync() => _shared = await Started.Value;

    /// <summary>Starts Debian's Chromium headless with the offline flags.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });

    /// <summary>A new page in a fresh context (its own storage), recording uncaught page errors.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        return (page, errors);
    }

    /// <summary>The absolute URL of a site path such as "cards/a4-2up/".</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>Nothing to do per class: the shared browser and site end with the test run.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The browser and site server of the run, stopped and deleted when the test process exits.</summary>
    private sealed record Shared(IPlaywright Playwright, IBrowser Browser, StaticSiteServer Server, string SiteFolder)
    {
        public static async Task<Shared> StartAsync()
        {
            var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            var browser = await LaunchAsync(playwright);
            var folder = BuiltSite.Build(baseUrl: "http://127.0.0.1/");
            var shared = new Shared(playwright, browser, await StaticSiteServer.StartAsync(folder), folder);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => shared.Stop();
            return shared;
        }

        private void Stop()
        {
            Server.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
            Browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            Playwright.Dispose();
            if (Directory.Exists(SiteFolder))
            {
                Directory.Delete(SiteFolder, recursive: true);
            }
        }
    }
}
