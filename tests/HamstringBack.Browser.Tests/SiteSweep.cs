using Deque.AxeCore.Commons;
using HamstringBack.Cli.Serve;
using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 13 (CI time): one walk of every page per screen width, made once per test run for every class that checks the
/// whole site (<see cref="BrowserFixture.OnceAsync"/>). Before, axe (two colour schemes), the touch targets (two widths), the
/// 320 px scroll walk, the page weights (a fresh browser context per page), the Content-Security-Policy walk and the
/// Netlify walk each loaded every page again. Each page is now loaded once, on a desk (1280 × 720), and every check
/// runs on that load, the phone's too: the page is then narrowed to 360 × 800 and to 320 × 640 (session 15: before, the
/// phone checks loaded every page a second time). The results are data, and each test asserts on its own part of
/// them with its own message, naming the page and what is wrong.
/// </summary>
public static class SiteSweep
{
    /// <summary>The search page with results, swept beside the site's pages.</summary>
    public const string SearchWithResults = "search/?q=stretch";

    /// <summary>
    /// Targets smaller than 44 × 44: links, buttons, fields and summaries that are not words in a sentence
    /// (AccessibilityAuditTests, issue 6).
    /// </summary>
    private const string SmallTargetsScript =
        """
        () => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"]')]
          .map(e => e.closest('label') ?? e)
          .filter(e => e.checkVisibility({ visibilityProperty: true }) && !e.closest('.skip-link'))
          .filter(e => {
            // WCAG 2.5.8's inline exception: a link inside a sentence is as tall as the line it sits on.
            if (getComputedStyle(e).display !== 'inline') return true;
            const text = e.parentElement.textContent.replace(/\s+/g, ' ').trim();
            return text === e.textContent.replace(/\s+/g, ' ').trim();
          })
          .map(e => [e, e.getBoundingClientRect()])
          .filter(([, r]) => r.width < 44 || r.height < 44)
          .map(([e, r]) => `${Math.round(r.width)}×${Math.round(r.height)} ${e.outerHTML.slice(0, 120)}`)
        """;

    /// <summary>
    /// Each violation node as "RULE: HTML (MESSAGES)": axe.run on the whole document with the WCAG 2.2 A and AA tags,
    /// reporting only violations in full (axe's resultTypes; the violations found are the same).
    /// </summary>
    private const string RunAxe = """
        async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
          .violations.flatMap(v => v.nodes.map(n => `${v.id}: ${n.html} (${[...n.any, ...n.all, ...n.none].map(c => c.message).join('; ')})`))
        """;

    /// <summary>The axe-core script that Deque.AxeCore.Playwright injects.</summary>
    private static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();

    /// <summary>
    /// Every page of the Netlify deploy preview (<see cref="NetlifyPreview"/>), served with netlify.toml's headers, at
    /// 1280 × 720 in the light scheme with Chromium's HTTP cache off: each page's responses are weighed as a first visit's,
    /// its Content-Security-Policy header, violations and console errors recorded, its small touch targets listed, and
    /// axe run on it in the light scheme and again in the dark one (the site's dark scheme is a prefers-color-scheme
    /// media query, so the page restyles in place; the sweep records whether it did). Then the phone's checks on the
    /// same load (<see cref="PhoneAsync"/>).
    /// </summary>
    public static Task<DeskSweep> DeskAsync(BrowserFixture fixture) => BrowserFixture.OnceAsync("sweep at 1280 px", () => SweepDeskAsync(fixture));

    /// <summary>
    /// Every page on a phone: its small touch targets at 360 × 800, and how wide it scrolls at 320 × 640. Read from the
    /// desk sweep, which narrows each page it loaded: the site's layout is CSS alone (no script of the theme reads the
    /// window's width), so the narrower window lays the page out as a fresh load at that width would (compared page by
    /// page, docs/quality.md: 360 to 320 px in session 14, a fresh 360 px load of the fixture's site against the
    /// narrowed deploy preview in session 15).
    /// </summary>
    public static async Task<PhoneSweep> PhoneAsync(BrowserFixture fixture) => (await DeskAsync(fixture)).Phone;

    private static async Task<DeskSweep> SweepDeskAsync(BrowserFixture fixture)
    {
        var folder = (await NetlifyPreview.BuildAsync()).BuiltFolder;
        await using var server = await StaticSiteServer.StartAsync(folder, headersFor: SitePages.Headers);
        var (page, errors, problems, responses) = await OpenDeskPageAsync(fixture);
        var (pages, phone) = (new List<DeskPage>(), new List<PhonePage>());
        foreach (var path in SitePages.Paths(folder).Append(SearchWithResults))
        {
            lock (responses)
            {
                responses.Clear();
            }

            var (messages, uncaught) = (problems.Messages.Count, errors.Count);
            await page.SetViewportSizeAsync(1280, 720);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
            var response = await SitePages.OpenAsync(page, new Uri(server.Address, path).ToString());
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            IResponse[] loaded;
            lock (responses)
            {
                // A snapshot: the event can still fire while the bodies are read (a late response once broke the loop).
                loaded = [.. responses];
            }

            var swept = await CheckDeskAsync(page, path, await WeighAsync(loaded), await response!.HeaderValueAsync("content-security-policy"));
            phone.Add(await CheckPhoneAsync(page, path));
            pages.Add(swept with { Problems = problems.Messages.Skip(messages).ToList(), Errors = errors.Skip(uncaught).ToList() });
        }

        await page.Context.CloseAsync();
        return new DeskSweep(pages, new PhoneSweep(phone));
    }

    /// <summary>The page the desk sweep loads every page in, with what it records: uncaught errors, problems, responses.</summary>
    private static async Task<(IPage Page, List<string> Errors, PageProblems Problems, List<IResponse> Responses)> OpenDeskPageAsync(BrowserFixture fixture)
    {
        var (page, errors) = await fixture.NewPageAsync(AccessibilityAuditTests.Options("light"));
        // Chromium's HTTP cache off, so each load fetches all that its page uses: through the DevTools protocol, which
        // weighs the same as a route on the context did (session 15: compared page by page) without sending every
        // request through the test.
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("Network.enable");
        await devTools.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        // axe-core in every document the page loads, before the page's own scripts (session 15: compiled by Chromium
        // from the script it keeps, instead of 500 KB sent through Playwright and evaluated again on every load).
        await page.Context.AddInitScriptAsync(AxeScript);
        var problems = await PageProblems.WatchAsync(page);
        var responses = Responses(page);
        return (page, errors, problems, responses);
    }

    private static async Task<DeskPage> CheckDeskAsync(IPage page, string path, Dictionary<string, long> weights, string? policy)
    {
        var cards = await page.Locator(".card-sheets .card").CountAsync();
        var small = await page.EvaluateAsync<string[]>(SmallTargetsScript);
        var light = await BackgroundAsync(page);
        var lightViolations = await AuditAsync(page);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var dark = await BackgroundAsync(page);
        var darkViolations = await AuditAsync(page);
        return new DeskPage(path, policy, weights, cards, small, lightViolations, darkViolations, light != dark ? null : light, [], []);
    }

    /// <summary>The list that every response of <paramref name="page"/> is added to (lock it to read or clear it).</summary>
    internal static List<IResponse> Responses(IPage page)
    {
        var responses = new List<IResponse>();
        page.Response += (_, r) =>
        {
            lock (responses)
            {
                responses.Add(r);
            }
        };
        return responses;
    }

    /// <summary>Bytes by resource type ("document", "stylesheet", "script", "image", "fetch"), uncompressed.</summary>
    internal static async Task<Dictionary<string, long>> WeighAsync(IEnumerable<IResponse> responses)
    {
        var weights = new Dictionary<string, long>();
        foreach (var response in responses)
        {
            // The favicon is fetched as "other": count it with the images.
            var type = response.Request.ResourceType == "other" && (await response.HeaderValueAsync("content-type") ?? string.Empty).StartsWith("image/", StringComparison.Ordinal)
                ? "image"
                : response.Request.ResourceType;
            weights[type] = weights.GetValueOrDefault(type) + (await response.BodyAsync()).Length;
        }

        return weights;
    }

    /// <summary>The loaded page, back in the light scheme, on a phone: its small targets at 360 × 800, its scroll width at 320 × 640.</summary>
    private static async Task<PhonePage> CheckPhoneAsync(IPage page, string path)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        await page.SetViewportSizeAsync(360, 800);
        var small = await page.EvaluateAsync<string[]>(SmallTargetsScript);
        await page.SetViewportSizeAsync(320, 640);
        return new PhonePage(path, small, await page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => matchMedia('(prefers-color-scheme: dark)').matches + ' ' + getComputedStyle(document.body).backgroundColor");

    /// <summary>Axe's violations on the page as it is drawn now (axe is there from the context's init script; injected if not).</summary>
    private static async Task<string[]> AuditAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => 'axe' in window"))
        {
            await page.EvaluateAsync(AxeScript);
        }

        return await page.EvaluateAsync<string[]>(RunAxe, AuditTags.Wcag22);
    }
}

/// <summary>The desk sweep: each page's findings, in path order, and the same pages' on a phone.</summary>
public sealed record DeskSweep(IReadOnlyList<DeskPage> Pages, PhoneSweep Phone)
{
    /// <summary>The site's pages, without the search page with results.</summary>
    public IEnumerable<DeskPage> SitePages => Pages.Where(p => p.Path != SiteSweep.SearchWithResults);

    /// <summary>One page's findings.</summary>
    public DeskPage this[string path] => Pages.Single(p => p.Path == path);
}

/// <summary>
/// What the desk sweep found on one page: the Content-Security-Policy header of its response, the bytes it loaded by
/// resource type, its printable cards, its touch targets under 44 × 44, axe's violations in the light and the dark
/// scheme, its background if it stayed the same in the dark scheme (else null), and the CSP violations and console
/// errors (<see cref="PageProblems"/>) and uncaught errors it raised.
/// </summary>
public sealed record DeskPage(
    string Path,
    string? Policy,
    Dictionary<string, long> Weights,
    int Cards,
    IReadOnlyList<string> SmallTargets,
    IReadOnlyList<string> Light,
    IReadOnlyList<string> Dark,
    string? SameBackgroundInDark,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Errors);

/// <summary>The phone sweep: each page's findings, in path order.</summary>
public sealed record PhoneSweep(IReadOnlyList<PhonePage> Pages);

/// <summary>One page on a phone: its touch targets under 44 × 44 at 360 px, and its scroll width at 320 px.</summary>
public sealed record PhonePage(string Path, IReadOnlyList<string> SmallTargets, int ScrollWidthAt320);
