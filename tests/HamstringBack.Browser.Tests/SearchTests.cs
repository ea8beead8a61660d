using HamstringBack.Core.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using HamstringBack.Cli.Serve;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HamstringBack.Browser.Tests;

/// <summary>Issue 6: the search box and page, on pagefind's index of the built site, under the site's policy.</summary>
[LongRunning(0.8)]
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class SearchTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory(Timeout = TestTimeout.Browser)]
    [InlineData("hamstring", "Lying towel hamstring stretch")]
    [InlineData("hamstring", "Tight hamstrings")]
    [InlineData("buttocks", "Glute bridge")]
    [InlineData("sciatica", "Recognising the pain")]
    public async Task The_header_search_box_finds_sections_and_exercises_by_words_in_them(string words, string expected)
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.SiteFolder, headersFor: SitePages.Headers);
        var (page, errors) = await fixture.ReusedPageAsync("plain", () => new());
        var console = Console(page);
        await page.GotoAsync(new Uri(server.Address, "stretching/").ToString());

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search this site" }).FillAsync(words);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Uri(server.Address, "search/?q=" + words).ToString());
        var results = page.GetByRole(AriaRole.List, new() { Name = "Search results" });
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = expected, Exact = false }).First).ToBeVisibleAsync();
        await Expect(page.Locator(".search-status")).ToContainTextAsync($"“{words}”");
        await Expect(results.Locator("mark").First).ToBeVisibleAsync();
        Assert.Empty(console);
        Assert.Empty(errors);
    }

    [Theory(Timeout = TestTimeout.Browser)]
    [InlineData("print", "/cards/", "Print")]
    [InlineData("log", "/cards/log/", "Print")]
    [InlineData("bridge", "/exercises/glute-bridge/", "Exercises · Strengthening")]
    [InlineData("sciatica", "/recognising-the-pain/", "The guide")]
    [InlineData("timer", "/checklist/", "Daily routine")]
    public async Task Issue_15_the_page_a_word_is_about_comes_first_with_its_part_of_the_site(string words, string expected, string part)
    {
        var (page, errors) = await fixture.ReusedPageAsync("plain", () => new());

        await SitePages.OpenAsync(page, fixture.Url("search/?q=" + words));

        var first = page.Locator(".search-results li").First;
        await Expect(first.Locator("a")).ToHaveAttributeAsync("href", expected);
        await Expect(first.Locator(".result-section")).ToHaveTextAsync(part);
        Assert.Empty(errors);
    }

    /// <summary>
    /// Issue 15: pagefind joins the text of neighbouring elements unless the HTML has white space between them, so
    /// "Dose" and "Hold 3 s" in a list of facts became "DoseHold 3 s" in excerpts. For each indexed page, the words
    /// on either side of every boundary between two boxes the reader sees apart must not be joined in the index.
    /// </summary>
    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Issue_15_the_index_joins_no_words_across_elements()
    {
        const string joinsScript =
            """
            () => {
              const blockOf = node => {
                let el = node.parentElement;
                while (el && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
                return el;
              };
              const joins = [];
              const body = document.querySelector('[data-pagefind-body]');
              const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT,
                n => n.parentElement.closest('[data-pagefind-ignore], script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT);
              let previous = null;
              for (let node; (node = walker.nextNode());) {
                if (!node.data.trim()) { previous = null; continue; }
                const tail = previous && /[\p{L}\p{N}]+$/u.exec(previous.data);
                const head = /^[\p{L}\p{N}]+/u.exec(node.data);
                if (tail && head && blockOf(previous) !== blockOf(node)) joins.push(tail[0] + head[0]);
                previous = /\s$/.test(node.data) ? null : node;
              }
              return joins;
            }
            """;
        // The class's shared page (issue 13: a context is a renderer process): it only opens pages and reads them.
        var (page, _) = await fixture.ReusedPageAsync("plain", () => new());
        var fragments = Directory.GetFiles(Path.Combine(fixture.SiteFolder, "pagefind", "fragment")).Select(ReadFragment).ToList();
        var joined = new List<string>();
        foreach (var (url, content) in fragments)
        {
            await page.GotoAsync(fixture.Url(url.TrimStart('/')));
            joined.AddRange((await page.EvaluateAsync<string[]>(joinsScript))
                .Where(word => content.Contains(word, StringComparison.Ordinal))
                .Select(word => $"{url}: {word}"));
        }

        Assert.True(fragments.Count >= 14, $"only {fragments.Count} pages indexed");
        Assert.Contains(fragments, f => f.Url == "/cards/log/");
        Assert.Empty(joined);
    }

    private static (string Url, string Content) ReadFragment(string file)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var text = reader.ReadToEnd();
        using var json = System.Text.Json.JsonDocument.Parse(text[text.IndexOf('{', StringComparison.Ordinal)..]);
        return (json.RootElement.GetProperty("url").GetString()!, json.RootElement.GetProperty("content").GetString()!);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Results_link_to_the_pages_and_a_search_with_no_match_says_so()
    {
        var (page, errors) = await fixture.ReusedPageAsync("plain", () => new());
        await page.GotoAsync(fixture.Url("search/?q=bridge"));
        var first = page.Locator(".search-results a").First;
        await Expect(first).ToHaveAttributeAsync("href", "/exercises/glute-bridge/");

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Words to find in the guide and the exercises" });
        await box.FillAsync("xylophone");
        await box.PressAsync("Enter");

        await Expect(page.Locator(".search-status")).ToHaveTextAsync("No page matches “xylophone”. Try another word, or choose from the list below.");
        await Expect(page.Locator(".search-results")).ToBeHiddenAsync();
        Assert.EndsWith("/search/?q=xylophone", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Theory(Timeout = TestTimeout.Browser)]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_search_page_with_results_is_accessible_and_works_from_the_keyboard(string scheme)
    {
        var (page, errors) = await fixture.NewPageAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.GotoAsync(fixture.Url("search/"));

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Words to find in the guide and the exercises" });
        while (!await box.EvaluateAsync<bool>("e => e === document.activeElement"))
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.TypeAsync("stretch");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".search-results li").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".search-results a").First).ToBeFocusedAsync();

        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = AuditTags.Wcag22 } });
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Search_works_offline_once_the_service_worker_has_cached_the_site()
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.SiteFolder, headersFor: SitePages.Headers);
        var (page, errors) = await fixture.NewPageAsync(BrowserFixture.WithServiceWorker(new()));
        await page.GotoAsync(new Uri(server.Address, "").ToString());
        await page.EvaluateAsync("navigator.serviceWorker.ready");
        await page.WaitForFunctionAsync("navigator.serviceWorker.controller !== null || (location.reload(), false)", null, new() { Timeout = 10_000 });

        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync(new Uri(server.Address, "search/?q=bird").ToString());

        await Expect(page.Locator(".search-results a").First).ToHaveTextAsync("Bird-dog");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Without_the_index_the_search_page_says_so_and_still_lists_every_page()
    {
        // The shared site without its index (issue 13: a copy, not a second build of the same site).
        var site = Directory.CreateTempSubdirectory("hb-no-index-").FullName;
        FixtureInput.Copy(fixture.SiteFolder, site);
        Directory.Delete(Path.Combine(site, "pagefind"), recursive: true);
        await using var server = await StaticSiteServer.StartAsync(site);
        var (page, _) = await fixture.ReusedPageAsync("plain", () => new());

        await page.GotoAsync(new Uri(server.Address, "search/?q=hamstring").ToString());

        await Expect(page.Locator(".search-status")).ToHaveTextAsync("Search is not available just now. Every section and exercise is listed below.");
        await Expect(page.Locator(".search-browse a")).ToHaveCountAsync(10);
        Directory.Delete(site, recursive: true);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Without_JavaScript_the_search_page_lists_every_page()
    {
        var (page, _) = await fixture.NewPageAsync(new() { JavaScriptEnabled = false });

        await page.GotoAsync(fixture.Url("search/?q=hamstring"));

        await Expect(page.Locator("noscript, .note").First).ToBeAttachedAsync();
        await Expect(page.Locator(".search-browse a")).ToHaveCountAsync(10);
        await Expect(page.Locator(".search-browse")).ToContainTextAsync("Glute bridge");
        await page.Context.CloseAsync();
    }

    private static List<string> Console(IPage page)
    {
        var messages = new List<string>();
        page.Console += (_, m) =>
        {
            // Playwright's own warning where it blocks the service worker is not the page's.
            if (m.Type is "error" or "warning" && m.Text != BrowserFixture.BlockedWorkerWarning)
            {
                messages.Add(m.Text);
            }
        };
        return messages;
    }
}
