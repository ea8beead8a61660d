using HamstringBack.Cli.Preview;
using HamstringBack.Core.Tests.Support;
using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// What <see cref="AdminEditorTests"/> share, started once for the class (issue 13: CI time; each test started all
/// of it): a temporary copy of the site, decap-server writing into it, `preview` serving it with netlify.toml's
/// headers, and a Chromium of the class's own, not the run's shared one: closing a context on Decap's editor now
/// and then never finished (1 run in 8 on a loaded machine), and a context that will not close must not hold the
/// browser every other class uses. It is stopped with its driver whatever its contexts do. The tests run one after
/// another on the copy, in one editor page that they share (<see cref="SharedEditorAsync"/>).
/// </summary>
public sealed class EditorSite : IAsyncLifetime
{
    private static readonly string NetlifyToml = Path.Combine(RepoPaths.Root, "netlify.toml");

    private IPlaywright? _playwright;

    private (IPage Page, PageProblems Problems)? _shared;

    public TempSite Site { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public DecapServer Decap { get; private set; } = null!;

    public PreviewServer Preview { get; private set; } = null!;

    /// <summary>
    /// The editor that the class's tests share (issue 13: CI time; each editor page loads and compiles the 6.5 MB
    /// Decap bundle, about as much CPU as the rest of a test), opened by the first test that asks, with
    /// <paramref name="open"/>, and handed out again as it is: Decap is one page whose entries are addresses after
    /// `#`, so a test moves to its entry without loading the editor again.
    /// </summary>
    public async Task<(IPage Page, PageProblems Problems)> SharedEditorAsync(Func<Task<(IPage Page, PageProblems Problems)>> open) =>
        _shared ??= await open();

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserFixture.LaunchAsync(_playwright);
        Decap = await DecapServer.StartAsync(Site.Root);
        var log = TextWriter.Synchronized(new StringWriter());
        Preview = await PreviewServer.StartAsync(new PreviewOptions(Site.Input, Site.Theme, 0, NetlifyToml), log, log);
    }

    public async Task DisposeAsync()
    {
        if (_shared is { } shared)
        {
            try
            {
                // Bounded like the browser below; its route went once the editor had read its configuration.
                await shared.Page.Context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(90));
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException)
            {
                Console.Error.WriteLine($"EditorSite: the shared editor's context did not close: {e.Message}");
            }
        }

        if (Browser is not null)
        {
            try
            {
                // Bounded: disposing runs outside every test's timeout; stopping the driver below ends a Chromium
                // that would not close.
                await Browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(90));
            }
            catch (TimeoutException)
            {
                Console.Error.WriteLine("EditorSite: Chromium did not close within 90 s; stopping its driver.");
            }
        }

        _playwright?.Dispose();
        if (Preview is not null)
        {
            await Preview.DisposeAsync();
        }

        if (Decap is not null)
        {
            await Decap.DisposeAsync();
        }

        Site.Dispose();
    }
}
