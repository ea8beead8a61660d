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
/// another on the copy; each opens its own browser contexts (its own storage) and closes them.
/// </summary>
public sealed class EditorSite : IAsyncLifetime
{
    private static readonly string NetlifyToml = Path.Combine(RepoPaths.Root, "netlify.toml");

    private IPlaywright? _playwright;

    public TempSite Site { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public DecapServer Decap { get; private set; } = null!;

    public PreviewServer Preview { get; private set; } = null!;

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
