using Deque.AxeCore.Playwright;
using HamstringBack.Cli.Serve;
using Microsoft.Playwright;
using static HamstringBack.Browser.Tests.BrowserFixture;
using static HamstringBack.Browser.Tests.ChecklistPage;
using static Microsoft.Playwright.Assertions;

namespace HamstringBack.Browser.Tests;

/// <summary>Issue 4: the checklist offline, without JavaScript, under the site's CSP, for keyboard and screen
/// reader users, and after an editor changes the routine.</summary>
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class ChecklistSiteTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task After_one_visit_the_checklist_works_offline()
    {
        var (page, errors) = await fixture.NewPageAsync(WithServiceWorker(Options()));
        await OpenAsync(page, fixture.Url("checklist/"));
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

        await page.Context.SetOfflineAsync(true);
        await OpenAsync(page, fixture.Url("checklist/"));
        await Box(page, "bird-dog:1:B:s1").CheckAsync();
        await page.ReloadAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Daily routine");
        await Expect(Box(page, "bird-dog:1:B:s1")).ToBeCheckedAsync();
        await OpenAsync(page, fixture.Url("exercises/bird-dog/"));
        await Expect(Box(page, "bird-dog:1:B:s1")).ToBeCheckedAsync();
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Without_JavaScript_the_checklist_is_a_plain_printable_list_of_the_routine()
    {
        var options = Options();
        options.JavaScriptEnabled = false;
        var (page, errors) = await fixture.NewPageAsync(options);
        await page.GotoAsync(fixture.Url("checklist/"));

        await Expect(page.Locator(".routine-list li")).ToHaveTextAsync(
        [
            "Lying towel hamstring stretch: Hold 30 seconds · 2 times each leg. Twice a day · Morning and evening.",
            "Standing hamstring sweep: 8 times each leg. Once a day · Before activity, such as a walk or sport.",
            "Glute bridge: Hold 3 seconds · 10 times. Once a day · At any time of day.",
            "Bird-dog: Hold 5 seconds · 6 times each side, switching sides. Once a day · At any time of day.",
        ]);
        await Expect(page.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0);
        await Expect(page.Locator("noscript")).ToHaveCountAsync(1);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Under_the_strict_content_security_policy_nothing_is_refused()
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.SiteFolder, headersFor: SitePages.Headers);
        var (page, errors) = await fixture.NewPageAsync(WithServiceWorker(Options()));
        var console = new List<string>();
        page.Console += (_, m) => console.Add(m.Text);
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 9, 0) });
        foreach (var path in new[] { "", "exercises/glute-bridge/", "checklist/" })
        {
            await OpenAsync(page, new Uri(server.Address, path).ToString());
        }

        await Box(page, "glute-bridge:1:B:s1").CheckAsync();
        // Issue 14: the progress picture, the guided session and its dynamically imported module under the same policy.
        await Expect(page.Locator(".progress-weeks svg .all")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start today's session" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, use sound" }).ClickAsync();
        await page.Clock.RunForAsync(8_000);
        await Expect(Guided(page).Locator(".g-phase")).ToHaveTextAsync("Hold 1 of 2");

        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Every_set_is_a_labelled_checkbox_with_a_44_pixel_target_that_works_from_the_keyboard()
    {
        var options = Options();
        options.ViewportSize = new ViewportSize { Width = 360, Height = 740 };
        var (page, errors) = await fixture.NewPageAsync(options);
        await OpenAsync(page, fixture.Url("checklist/"));

        var sweep = page.GetByRole(AriaRole.Group, new() { Name = "Standing hamstring sweep, Tick when done" });
        await Expect(sweep.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(2);
        await Expect(sweep.GetByRole(AriaRole.Checkbox, new() { Name = "Right leg" })).ToHaveCountAsync(1);
        await Expect(sweep.GetByRole(AriaRole.Button, new() { Name = "All done: Standing hamstring sweep" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Lying towel hamstring stretch, Session 2 of 2" })
            .GetByRole(AriaRole.Checkbox, new() { Name = "Left leg" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Bird-dog, Tick when done" }).GetByRole(AriaRole.Checkbox))
            .ToHaveAccessibleNameAsync("Both sides, 6 times each");
        var small = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.checklist label, .checklist button, .checklist summary, .checklist input[type=file]')]
              .filter(e => e.checkVisibility()).map(e => [e, e.getBoundingClientRect()]).filter(([, r]) => r.height < 44 || r.width < 44).map(([e]) => e.outerHTML)
            """);
        Assert.Empty(small);

        var first = Box(page, "lying-towel-hamstring-stretch:1:L:s1");
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(first).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(Box(page, "lying-towel-hamstring-stretch:1:R:s1")).ToBeFocusedAsync();
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));

        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Changing_the_routine_changes_the_checklist_and_keeps_history_of_exercises_that_remain()
    {
        var input = Path.Combine(Path.GetTempPath(), "hb-routine-" + Guid.NewGuid().ToString("N"));
        CopyFolder(RepoPaths.Input, input);
        File.WriteAllText(Path.Combine(input, "routine.yml"), "title: Daily routine\nexercises:\n  - glute-bridge\n  - standing-hamstring-sweep\n  - knee-hug\n");
        var bridge = Path.Combine(input, "exercises", "glute-bridge.yml");
        File.WriteAllText(bridge, File.ReadAllText(bridge).Replace("reps: 10", "reps: 12"));
        File.WriteAllText(Path.Combine(input, "exercises", "knee-hug.yml"),
            "name: Knee hug\nkind: stretch\nsteps:\n  - Lie on your back.\n  - Hug one knee to your chest.\n  - Breathe out and relax.\n" +
            "hold_seconds: 20\nreps: 3\nsides: each\nper_day: 2\n");
        var site = BuiltSite.Build(input, "http://127.0.0.1/", search: false);
        await using var server = await StaticSiteServer.StartAsync(site);
        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 9, 0) });
        await page.Context.AddInitScriptAsync($$"""
            if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');
              localStorage.setItem('{{StorageKey}}', JSON.stringify({ v: 1, days: { '2025-06-03': { done: ['glute-bridge:1:B:s1', 'standing-hamstring-sweep:1:R:s1', 'bird-dog:1:B:s1'], of: 8 } } })); }
            """);
        await OpenAsync(page, new Uri(server.Address, "checklist/").ToString());

        await Expect(page.Locator(".exercise-checklist > li h3")).ToHaveTextAsync(["Glute bridge", "Standing hamstring sweep", "Knee hug"]);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Glute bridge, Tick when done" }).GetByRole(AriaRole.Checkbox)).ToHaveAccessibleNameAsync("12 times");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Knee hug, Session 2 of 2" }).GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Guide me: Knee hug" })).ToHaveCountAsync(1);
        await Expect(Box(page, "glute-bridge:1:B:s1")).ToBeCheckedAsync();
        await Expect(Box(page, "standing-hamstring-sweep:1:R:s1")).ToBeCheckedAsync();
        await Expect(page.Locator(".today .progress")).ToHaveTextAsync($"Today: 2 of {1 + 2 + 4} done.");
        await Expect(page.Locator(".routine-list li")).ToHaveCountAsync(3);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
        Directory.Delete(input, recursive: true);
        Directory.Delete(site, recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
