using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 6: the weight budget. Each page is loaded as by a first visit (nothing cached, no service worker) and
/// every response it makes is counted, uncompressed: HTML, CSS, JavaScript (module imports included) and images.
/// A page may weigh 100 KB, a card sheet 30 KB per card on it, and no page may load more than 20 KB of script.
/// </summary>
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class PageWeightTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    public const int PageBudget = 100 * 1024;
    public const int CardBudget = 30 * 1024;
    public const int ScriptBudget = 20 * 1024;
    public const int SearchBudget = 250 * 1024;

    /// <summary>The kinds of response a page may load.</summary>
    private static readonly string[] Types = ["document", "stylesheet", "script", "image", "fetch"];

    /// <summary>Issue 13 (CI time): read from the sweep of every page on a desk, with the HTTP cache off (<see cref="SiteSweep.DeskAsync"/>).</summary>
    [Fact(Timeout = TestTimeout.Browser)]
    public async Task No_page_is_heavier_than_its_budget()
    {
        var sweep = await SiteSweep.DeskAsync(fixture);
        var over = new List<string>();
        output.WriteLine("| page | HTML | CSS | JS | images | total | budget |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (path, weights, cards) in sweep.SitePages.Select(p => (p.Path, p.Weights, p.Cards)))
        {
            Assert.True(weights.Keys.Except(Types).ToList() is [], $"/{path}: {string.Join(", ", weights.Keys)}");
            var total = weights.Values.Sum();
            var budget = cards > 1 ? Math.Max(PageBudget, cards * CardBudget) : PageBudget;
            var script = weights.GetValueOrDefault("script");
            output.WriteLine($"| /{path} | {Kb(weights.GetValueOrDefault("document"))} | {Kb(weights.GetValueOrDefault("stylesheet"))} | {Kb(script)} | " +
                $"{Kb(weights.GetValueOrDefault("image"))} | {Kb(total)} | {Kb(budget)} |");
            if (total > budget || script > ScriptBudget)
            {
                over.Add($"/{path}: {Kb(total)} KB in all (budget {Kb(budget)} KB), {Kb(script)} KB of script (budget {Kb(ScriptBudget)} KB)");
            }
        }

        Assert.True(sweep.SitePages.Count() > 25, $"only {sweep.SitePages.Count()} pages found");
        Assert.True(over.Count == 0, string.Join("\n", over));
        Assert.Empty(sweep.SitePages.SelectMany(p => p.Errors.Select(e => $"/{p.Path}: {e}")));
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_search_loads_pagefind_and_its_index_only_when_asked_and_stays_within_its_own_budget()
    {
        // Both loads on the fixture's site: the desk sweep's /search/ is the deploy preview's, whose HTML is longer.
        var (before, _) = await MeasureAsync("search/");
        var (after, _) = await MeasureAsync("search/?q=hamstring");

        var search = after.Values.Sum() - before.Values.Sum();
        output.WriteLine($"/search/ {Kb(before.Values.Sum())} KB; a first search adds {Kb(search)} KB: " +
            string.Join(", ", after.Select(w => $"{w.Key} {Kb(w.Value - before.GetValueOrDefault(w.Key))} KB")));
        Assert.True(search > 50 * 1024, $"a search loaded only {Kb(search)} KB: did pagefind run?");
        Assert.True(search <= SearchBudget, $"a first search loads {Kb(search)} KB, over its {Kb(SearchBudget)} KB budget");
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_checklist_counts_every_module_it_imports()
    {
        var sweep = await SiteSweep.DeskAsync(fixture);
        var weights = sweep["checklist/"].Weights;

        // search.js is the search page's; guided.js, ics.js and migrate.js load only when needed (issue 14), and
        // transfer.js only to download or add back a history; the programme's scripts only on /programme/, or with a
        // programme link or a kept programme (issue 20).
        string[] elsewhere = ["search.js", "guided.js", "ics.js", "migrate.js", "transfer.js", "programme.js", "programme-code.js", "programme-maker.js", "programme-print.js"];
        var scripts = Directory.GetFiles(Path.Combine(fixture.SiteFolder, "js")).Where(f => !elsewhere.Contains(Path.GetFileName(f)));
        Assert.Equal(scripts.Sum(f => new FileInfo(f).Length), weights["script"]);
    }

    /// <summary>Bytes by resource type for one page, and the number of printable cards on it.</summary>
    private async Task<(Dictionary<string, long> Weights, int Cards)> MeasureAsync(string path)
    {
        var options = ChecklistPage.Options();
        options.ServiceWorkers = ServiceWorkerPolicy.Block;
        var (page, errors) = await fixture.NewPageAsync(options);
        var responses = SiteSweep.Responses(page);
        await SitePages.OpenAsync(page, fixture.Url(path));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        IResponse[] seen;
        lock (responses)
        {
            // A snapshot: the event can still fire while the bodies below are read (a late response once broke the loop).
            seen = [.. responses];
        }

        var weights = await SiteSweep.WeighAsync(seen);
        Assert.True(weights.Keys.Except(Types).ToList() is [], string.Join(", ", weights.Keys));
        var cards = await page.Locator(".card-sheets .card").CountAsync();
        Assert.Empty(errors);
        await page.Context.CloseAsync();
        return (weights, cards);
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
