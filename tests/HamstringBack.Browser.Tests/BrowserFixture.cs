using HamstringBack.Cli.Serve;
using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// One headless Debian Chromium (driven by Playwright) and one server of the real site built into a
/// temporary folder, shared by the tests of a collection. Base URL is http://127.0.0.1:PORT/.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Flags that keep Chromium off the network (see shared/TOOLING.md).</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private StaticSiteServer? _server;

    public IBrowser Browser { get; private set; } = null!;

    public string SiteFolder { get; private set; } = string.Empty;

    public Uri Address => _server!.Address;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(_playwright);
        var server = await StaticSiteServer.StartAsync(SiteFolder = BuiltSite.Build(baseUrl: "http://127.0.0.1/"));
        _server = server;
    }

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

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Directory.Exists(SiteFolder))
        {
            Directory.Delete(SiteFolder, recursive: true);
        }
    }
}
