using HamstringBack.Cli.Serve;
using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// One headless Debian Chromium (driven by Playwright) and one server of the real site built into a temporary
/// folder, shared by every test class of the run. Base URL is http://127.0.0.1:PORT/. Each test opens its own
/// browser context (own storage, own clock), so classes run side by side (issue 13): every class takes this as
/// its class fixture: the first one to start builds the site and starts Chromium for all, and the last one to end
/// stops them and deletes the site (a later class would start them again).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Flags that keep Chromium off the network (see shared/TOOLING.md).</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>What Playwright logs (a console warning) where a page registers a service worker that it blocks.</summary>
    public const string BlockedWorkerWarning = "Service Worker registration blocked by Playwright";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static Shared? _started;

    private static int _users;

    /// <summary>What <see cref="OnceAsync"/> made, by key, for the whole run.</summary>
    private static readonly Dictionary<string, Task> Made = [];

    /// <summary>Folders that <see cref="DeleteAtStop"/> named, by the key of what made them.</summary>
    private static readonly Dictionary<string, string> Folders = [];

    private readonly Dictionary<string, (IPage Page, List<string> Errors)> _reused = [];

    private Shared _shared = null!;

    public IBrowser Browser => _shared.Browser;

    public string SiteFolder => _shared.SiteFolder;

    public Uri Address => _shared.Server.Address;

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _shared = _started ??= await Shared.StartAsync();
            _users++;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// The Chromium the tests drive: $CHROMIUM_PATH if set, else Debian's headless shell
    /// (chromium-headless-shell, the same engine without the desktop browser around it, which `.ci/run` installs:
    /// the browser tests ran 1.7–1.9 times faster on it, issue 13), else Debian's chromium.
    /// </summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path
        ? path
        : File.Exists("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : "/usr/bin/chromium";

    /// <summary>Starts Debian's Chromium headless with the offline flags.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });

    /// <summary>
    /// A new page in a fresh context (its own storage), recording uncaught page errors. The site's service worker is
    /// blocked unless <paramref name="options"/> allow it (<see cref="ServiceWorkerPolicy.Allow"/>), as the tests of
    /// offline use and of the policy the worker runs under do (issue 13: a worker registered in every fresh context
    /// fetched and cached the whole site and took every later request, CPU that the other tests never looked at).
    /// </summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.ServiceWorkers ??= ServiceWorkerPolicy.Block;
        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        return (page, errors);
    }

    /// <summary>
    /// One page that the tests of a class asking with the same <paramref name="key"/> share, in a context opened with
    /// <paramref name="options"/> the first time (issue 13: every fresh context is a new renderer process, about half a
    /// second of CPU). For tests that open their page with a navigation and only read it, click, type and search: no
    /// clock, routes, init scripts or media emulation, which would stay with the context. Each time it is handed out,
    /// the cookies and the current origin's local and session storage are cleared and the error list emptied; the
    /// class's end closes it, so tests must not.
    /// </summary>
    public async Task<(IPage Page, List<string> Errors)> ReusedPageAsync(string key, Func<BrowserNewContextOptions> options)
    {
        if (!_reused.TryGetValue(key, out var reused))
        {
            reused = _reused[key] = await NewPageAsync(options());
            return reused;
        }

        await reused.Page.Context.ClearCookiesAsync();
        if (reused.Page.Url.StartsWith("http", StringComparison.Ordinal))
        {
            await reused.Page.EvaluateAsync("() => { localStorage.clear(); sessionStorage.clear(); }");
        }

        reused.Errors.Clear();
        return reused;
    }

    /// <summary>
    /// <paramref name="options"/> with the site's service worker allowed: for the tests of offline use, and of pages
    /// under the site's Content-Security-Policy, which the worker's registration and fetches must keep to as well.
    /// </summary>
    public static BrowserNewContextOptions WithServiceWorker(BrowserNewContextOptions options)
    {
        options.ServiceWorkers = ServiceWorkerPolicy.Allow;
        return options;
    }

    /// <summary>
    /// What <paramref name="make"/> makes, made once for the whole test run: the first class to ask with
    /// <paramref name="key"/> starts it, the others wait for the same task (issue 13: one walk of every page serves the
    /// whole-site checks of several classes, <see cref="SiteSweep"/>). It outlives the browser and the site, which stop
    /// whenever no class of this fixture is running and start again for the next (a class of another fixture, such as
    /// the browser editor's, may run alone in between): what it makes must be data, not pages or servers, or a folder
    /// named to <see cref="DeleteAtStop"/>. A failure is kept too: each asker sees it.
    /// </summary>
    public static Task<T> OnceAsync<T>(string key, Func<Task<T>> make)
    {
        lock (Made)
        {
            if (!Made.TryGetValue(key, out var made))
            {
                made = Made[key] = Task.Run(make);
            }

            return (Task<T>)made;
        }
    }

    /// <summary>
    /// Deletes <paramref name="folder"/> when the browser and the site stop, and forgets what <see cref="OnceAsync"/> made
    /// with <paramref name="key"/>, so that a class that asks for it later makes it again.
    /// </summary>
    public static void DeleteAtStop(string folder, string key)
    {
        lock (Made)
        {
            Folders[key] = folder;
        }
    }

    /// <summary>The absolute URL of a site path such as "cards/a4-2up/".</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>The last class to end stops the browser and the server and deletes the site.</summary>
    public async Task DisposeAsync()
    {
        foreach (var (page, _) in _reused.Values)
        {
            try
            {
                // Bounded, and never in the way of the count below: a context that will not close goes with Chromium.
                await page.Context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(90));
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException)
            {
                Console.Error.WriteLine($"BrowserFixture: a shared page's context did not close: {e.Message}");
            }
        }

        await Gate.WaitAsync();
        try
        {
            if (--_users == 0)
            {
                await _started!.StopAsync();
                _started = null;
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The browser and the site server that the classes running at the time share.</summary>
    private sealed record Shared(IPlaywright Playwright, IBrowser Browser, StaticSiteServer Server, string SiteFolder)
    {
        public static async Task<Shared> StartAsync()
        {
            var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            var browser = await LaunchAsync(playwright);
            var folder = BuiltSite.Build(baseUrl: "http://127.0.0.1/");
            return new Shared(playwright, browser, await StaticSiteServer.StartAsync(folder), folder);
        }

        public async Task StopAsync()
        {
            await Server.DisposeAsync();
            try
            {
                // Bounded (issue 13): disposing runs outside every test's timeout; stopping the driver below ends
                // a Chromium that would not close.
                await Browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(90));
            }
            catch (TimeoutException)
            {
                Console.Error.WriteLine("BrowserFixture: Chromium did not close within 90 s; stopping its driver.");
            }

            Playwright.Dispose();
            lock (Made)
            {
                foreach (var (key, folder) in Folders.Append(KeyValuePair.Create(string.Empty, SiteFolder)).Where(f => Directory.Exists(f.Value)))
                {
                    Directory.Delete(folder, recursive: true);
                    Made.Remove(key);
                }

                Folders.Clear();
            }
        }
    }
}
