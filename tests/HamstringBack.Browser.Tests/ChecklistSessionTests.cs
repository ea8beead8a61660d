using HamstringBack.Core.Tests.Support;
using System.Text.RegularExpressions;
using System.Text.Json;
using Microsoft.Playwright;
using static HamstringBack.Browser.Tests.ChecklistPage;
using static Microsoft.Playwright.Assertions;

namespace HamstringBack.Browser.Tests;

/// <summary>Issue 14: ticks per set, migration of per-repetition ticks, and the guided session.</summary>
[LongRunning(0.6)]
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class ChecklistSessionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>Records every wake lock asked for and released, and every sentence spoken.</summary>
    private const string Spies = """
        window.wake = { asked: 0, released: 0 };
        Object.defineProperty(navigator, 'wakeLock', { value: { request: async () => {
          wake.asked++;
          const lock = new EventTarget();
          lock.release = async () => { wake.released++; lock.dispatchEvent(new Event('release')); };
          return lock;
        } } });
        window.spoken = [];
        speechSynthesis.speak = u => spoken.push(u.text);
        """;

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_real_routine_needs_at_most_12_taps_a_day()
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await OpenAsync(page, fixture.Url("checklist/"));
        await Expect(page.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(RoutineSets);
        Assert.True(RoutineSets <= 12, $"{RoutineSets} ticks a day");

        // The fewest taps: one "All done" per exercise and session where there is one, else its only checkbox.
        var taps = 0;
        foreach (var session in await page.Locator(".exercise-checklist fieldset").AllAsync())
        {
            var all = session.GetByRole(AriaRole.Button, new() { NameRegex = new("^All done") });
            await (await all.CountAsync() == 1 ? all : session.GetByRole(AriaRole.Checkbox)).ClickAsync();
            taps++;
        }

        await Expect(page.Locator(".today .progress")).ToHaveTextAsync("All done for today. Well done!");
        Assert.Equal(5, taps);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "All done: Lying towel hamstring stretch, session 2" })).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GetByRole(AriaRole.Button, new() { Name = "All done: Lying towel hamstring stretch, session 2" }).ClickAsync();
        await Expect(Box(page, "lying-towel-hamstring-stretch:2:R:s1")).Not.ToBeCheckedAsync();
        await Expect(page.Locator(".today .progress")).ToHaveTextAsync($"Today: {RoutineSets - 2} of {RoutineSets} done.");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Ticks_saved_one_per_repetition_migrate_and_the_week_view_shows_the_same_days_as_done()
    {
        // Today's format before issue 14: one id per repetition, "exerciseId:session:side:n", 46 a day.
        string[] Reps(string id, int sessions, string[] sides, int reps) =>
            [.. Enumerable.Range(1, sessions).SelectMany(s => sides.SelectMany(side => Enumerable.Range(1, reps).Select(n => $"{id}:{s}:{side}:{n}")))];
        string[] everything = [.. Reps("lying-towel-hamstring-stretch", 2, ["L", "R"], 2), .. Reps("standing-hamstring-sweep", 1, ["L", "R"], 8),
            .. Reps("glute-bridge", 1, ["B"], 10), .. Reps("bird-dog", 1, ["L", "R"], 6)];
        Assert.Equal(46, everything.Length);
        var days = new Dictionary<string, object>
        {
            ["2025-05-30"] = new { done = everything, of = 46 },
            ["2025-05-31"] = new { done = everything.Take(12).ToArray(), of = 46 },
            ["2025-06-01"] = new { done = new[] { "glute-bridge:1:B:1" }, of = 46 },
            ["2025-06-02"] = new { done = Array.Empty<string>(), of = 46, rest = true },
            ["2025-06-04"] = new { done = new[] { "lying-towel-hamstring-stretch:1:L:1", "lying-towel-hamstring-stretch:1:L:2", "lying-towel-hamstring-stretch:1:R:1" }, of = 46 },
        };
        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 4, 9, 0) });
        await SeedOnceAsync(page, JsonSerializer.Serialize(new { v = 1, days }));
        await OpenAsync(page, fixture.Url("checklist/"));

        await Expect(WeekRow(page, "2025-05-30").Locator("td").First).ToHaveTextAsync("All done");
        string[] expected = ["all", "part", "part", "rest", "none", "part"];
        Assert.Equal(expected, await page.Locator(".week tbody tr").EvaluateAllAsync<string[]>("rows => rows.slice(1).map(r => r.className)"));
        await Expect(WeekRow(page, "2025-05-31").Locator("td").First).ToHaveTextAsync($"4 of {RoutineSets}");
        await Expect(Box(page, "lying-towel-hamstring-stretch:1:L:s1")).ToBeCheckedAsync();
        await Expect(Box(page, "lying-towel-hamstring-stretch:1:R:s1")).Not.ToBeCheckedAsync();
        var stored = await StoredAsync(page);
        Assert.DoesNotMatch(":[LRB]:[0-9]", stored);
        await page.ReloadAsync();
        await Expect(WeekRow(page, "2025-05-30").Locator("td").First).ToHaveTextAsync("All done");
        Assert.Equal(expected, await page.Locator(".week tbody tr").EvaluateAllAsync<string[]>("rows => rows.slice(1).map(r => r.className)"));
        Assert.Equal(stored, await StoredAsync(page));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_guided_session_switches_sides_ticks_sets_survives_a_reload_and_keeps_the_screen_awake()
    {
        var options = Options();
        options.ViewportSize = new ViewportSize { Width = 390, Height = 844 };
        var (page, errors) = await fixture.NewPageAsync(options);
        await page.Context.AddInitScriptAsync(Spies);
        await FreezeClockAsync(page);
        await OpenAsync(page, fixture.Url("checklist/"));
        var guided = Guided(page);
        var phase = guided.Locator(".g-phase");
        var big = guided.GetByRole(AriaRole.Timer);

        await page.GetByRole(AriaRole.Button, new() { Name = "Start today's session" }).ClickAsync();
        await guided.GetByRole(AriaRole.Button, new() { Name = "No, keep it silent" }).ClickAsync();
        await Expect(guided).ToBeVisibleAsync();
        var box = await guided.BoundingBoxAsync();
        Assert.True(box!.Width >= 389 && box.Height >= 843, $"the session fills the phone's screen ({box.Width} × {box.Height})");
        await Expect(guided.Locator("h2")).ToHaveTextAsync("Lying towel hamstring stretch");
        await Expect(guided.Locator(".g-side")).ToHaveTextAsync("The left leg");
        await Expect(phase).ToHaveTextAsync("Get ready");
        await Expect(guided.Locator("[aria-live]")).ToHaveTextAsync("Lying towel hamstring stretch. The left leg. Hold 30 seconds · 2 times each leg.");
        await Expect(guided.Locator(".g-frame img")).ToHaveAttributeAsync("src", new Regex("/figures/lying-towel-hamstring-stretch-start\\.svg$"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => wake.asked"));

        await page.Clock.RunForAsync(6_000);
        await Expect(phase).ToHaveTextAsync("Hold 1 of 2");
        await Expect(big).ToHaveTextAsync("0:29");
        await Expect(guided.Locator(".g-frame img")).ToHaveAttributeAsync("src", new Regex("/figures/lying-towel-hamstring-stretch-end\\.svg$"));
        await page.Clock.RunForAsync(35_000);
        await Expect(phase).ToHaveTextAsync("Hold 2 of 2");
        await Expect(Box(page, "lying-towel-hamstring-stretch:1:L:s1")).Not.ToBeCheckedAsync();
        await page.Clock.RunForAsync(30_000);

        await Expect(guided.Locator(".g-side")).ToHaveTextAsync("The right leg");
        await Expect(guided.Locator("[aria-live]")).ToHaveTextAsync("Now the right leg.");
        await Expect(Box(page, "lying-towel-hamstring-stretch:1:L:s1")).ToBeCheckedAsync();
        await page.Clock.RunForAsync(14_000);
        await Expect(phase).ToHaveTextAsync("Hold 1 of 2");
        await Expect(big).ToHaveTextAsync("0:20");

        await page.ReloadAsync();
        await Expect(guided).ToBeVisibleAsync();
        await Expect(guided.Locator(".g-side")).ToHaveTextAsync("The right leg");
        await Expect(phase).ToHaveTextAsync("Hold 1 of 2");
        await Expect(big).ToHaveTextAsync("0:20");
        await Expect(Box(page, "lying-towel-hamstring-stretch:1:L:s1")).ToBeCheckedAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => wake.asked"));

        await guided.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => wake.released"));
        await page.Clock.RunForAsync(60_000);
        await Expect(big).ToHaveTextAsync("0:20");
        await guided.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await guided.GetByRole(AriaRole.Button, new() { Name = "Skip" }).ClickAsync();
        await Expect(guided.Locator("h2")).ToHaveTextAsync("Standing hamstring sweep");
        await page.Clock.RunForAsync(10_000);
        await Expect(phase).ToHaveTextAsync("Repetition");
        await Expect(big).ToHaveTextAsync("2 of 8");
        await guided.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
        await Expect(phase).ToHaveTextAsync("Get ready");
        await Expect(guided.Locator(".g-side")).ToHaveTextAsync("The left leg");

        // The session's clock runs on, half a minute at a time, until the session ends or ten minutes have passed:
        // with today's doses the rest takes 4 min 35 s, and a clinician may raise a dose in input/ without this test
        // failing; every 250 ms step after the end was timer work for nothing (issue 13: CI time).
        var heading = guided.Locator("h2");
        for (var ran = 0; ran < 10 * 60_000 && await heading.TextContentAsync() != "Session done. Well done!"; ran += 30_000)
        {
            await page.Clock.RunForAsync(30_000);
        }

        await Expect(heading).ToHaveTextAsync("Session done. Well done!");
        await Expect(Box(page, "lying-towel-hamstring-stretch:1:R:s1")).Not.ToBeCheckedAsync();
        await Expect(page.Locator(".today .progress")).ToHaveTextAsync($"Today: 5 of {RoutineSets} done.");
        Assert.Equal(await page.EvaluateAsync<int>("() => wake.asked"), await page.EvaluateAsync<int>("() => wake.released"));
        Assert.Empty(await page.EvaluateAsync<string[]>("() => spoken"));
        await guided.GetByRole(AriaRole.Button, new() { Name = "Back to the checklist" }).ClickAsync();
        await Expect(guided).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(guided).ToHaveCountAsync(0);

        // The evening session is what is left: the stretch's second session, and the one set skipped.
        await page.GetByRole(AriaRole.Button, new() { Name = "Start today's session" }).ClickAsync();
        await Expect(guided.Locator(".g-where")).ToHaveTextAsync("Set 1 of 1");
        await Expect(guided.Locator(".g-side")).ToHaveTextAsync("The right leg");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_sound_question_is_asked_once_and_its_answer_remembered()
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Context.AddInitScriptAsync(Spies);
        await FreezeClockAsync(page);
        await OpenAsync(page, fixture.Url("checklist/"));
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Start today's session" });

        await start.ClickAsync();
        await Expect(Guided(page).GetByRole(AriaRole.Button, new() { Name = "Yes, use sound" })).ToBeFocusedAsync();
        await Guided(page).GetByRole(AriaRole.Button, new() { Name = "Yes, use sound" }).ClickAsync();
        Assert.Equal(["Lying towel hamstring stretch. The left leg. Hold 30 seconds · 2 times each leg."], await page.EvaluateAsync<string[]>("() => spoken"));
        await page.Clock.RunForAsync(71_000);
        Assert.Equal("Now the right leg.", (await page.EvaluateAsync<string[]>("() => spoken")).Last());
        await page.Keyboard.PressAsync("Escape");
        await Expect(Guided(page)).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await start.ClickAsync();
        await Expect(Guided(page).GetByRole(AriaRole.Button, new() { Name = "Yes, use sound" })).ToBeHiddenAsync();
        await Expect(Guided(page).Locator(".g-side")).ToHaveTextAsync("The right leg");
        Assert.Equal(["Lying towel hamstring stretch. The right leg. Hold 30 seconds · 2 times each leg."], await page.EvaluateAsync<string[]>("() => spoken"));
        await page.Keyboard.PressAsync("Escape");
        await page.GetByText("Sound and vibration", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new("^Sound:") })).ToBeCheckedAsync();
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_whole_session_works_from_the_keyboard_and_says_each_change_once()
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Context.AddInitScriptAsync(Spies);
        await FreezeClockAsync(page);
        await OpenAsync(page, fixture.Url("checklist/"));
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Start today's session" });
        for (var i = 0; i < 40 && !await start.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(start).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(Guided(page).GetByRole(AriaRole.Button, new() { Name = "Yes, use sound" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(Guided(page).GetByRole(AriaRole.Button, new() { Name = "No, keep it silent" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        var pause = Guided(page).GetByRole(AriaRole.Button, new() { Name = "Pause" });
        await Expect(pause).ToBeFocusedAsync();
        await page.EvaluateAsync("() => { window.said = []; new MutationObserver(() => said.push(document.querySelector('dialog [aria-live]').textContent)).observe(document.querySelector('dialog [aria-live]'), { childList: true, characterData: true, subtree: true }); }");

        await page.Clock.RunForAsync(60_000);
        Assert.Equal(Array.Empty<string>(), await page.EvaluateAsync<string[]>("() => said"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(Guided(page).Locator("[aria-live]")).ToHaveTextAsync("Paused.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Guided(page).Locator("[aria-live]")).ToHaveTextAsync("Now the right leg.");
        Assert.Equal(["Paused.", "Going on.", "Now the right leg."], await page.EvaluateAsync<string[]>("() => said"));
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Escape");

        await Expect(Guided(page)).ToHaveCountAsync(0);
        await Expect(start).ToBeFocusedAsync();
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    /// <summary>Stops the page's clock at 9:00 on 3 June: time then moves only when the test runs it on.</summary>
    private static async Task FreezeClockAsync(IPage page)
    {
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 8, 0) });
        await page.Clock.PauseAtAsync(SummerTime(6, 3, 9, 0));
    }
}
