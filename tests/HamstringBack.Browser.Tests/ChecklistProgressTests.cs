using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using static HamstringBack.Browser.Tests.ChecklistPage;
using static Microsoft.Playwright.Assertions;

namespace HamstringBack.Browser.Tests;

/// <summary>Issue 14: how it felt (pain and a note), the 8-week picture, calendar reminders, a 360 px phone.</summary>
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class ChecklistProgressTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_pain_score_and_note_are_saved_shown_exported_imported_and_printed()
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 9, 0) });
        await OpenAsync(page, fixture.Url("checklist/"));
        var pain = page.GetByRole(AriaRole.Group, new() { NameRegex = new("^Pain today") });

        await pain.GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true }).CheckAsync();
        await page.GetByLabel("A short note").FillAsync("Stiff in the morning, \"better\" after the walk");
        await page.GetByLabel("A short note").PressAsync("Tab");
        await page.ReloadAsync();

        await Expect(pain.GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByLabel("A short note")).ToHaveValueAsync("Stiff in the morning, \"better\" after the walk");
        await Expect(WeekRow(page, "2025-06-03").Locator("td").Nth(1)).ToHaveTextAsync("4");
        await Expect(WeekRow(page, "2025-06-03").Locator(".day-note")).ToHaveTextAsync("Stiff in the morning, \"better\" after the walk");
        await Expect(page.Locator(".history .feelings li")).ToHaveTextAsync("Tue 3 Jun: pain 4 of 10. Stiff in the morning, \"better\" after the walk");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".history .feelings")).ToBeVisibleAsync();
        await Expect(page.Locator(".week th", new() { HasText = "Pain" })).ToBeVisibleAsync();
        await Expect(page.Locator(".feel")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        foreach (var (button, extension) in new[] { ("Download history (CSV, for spreadsheets)", ".csv"), ("Download history (JSON)", ".json") })
        {
            var waiting = page.WaitForDownloadAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            var path = await (await waiting).PathAsync();
            if (extension == ".csv")
            {
                Assert.Equal(
                    "date,item,routine_sets,exercise,set\r\n2025-06-03,pain,,Pain (0 to 10),4\r\n" +
                    "2025-06-03,note,,Note,\"Stiff in the morning, \"\"better\"\" after the walk\"\r\n",
                    await File.ReadAllTextAsync(path));
            }

            var (fresh, freshErrors) = await fixture.NewPageAsync(Options());
            await fresh.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 10, 0) });
            await OpenAsync(fresh, fixture.Url("checklist/"));
            await fresh.Locator(".tools input[type=file]").SetInputFilesAsync(new FilePayload { Name = "history" + extension, MimeType = "text/plain", Buffer = await File.ReadAllBytesAsync(path) });

            await Expect(fresh.Locator(".tools [role=status]")).ToContainTextAsync("Added 1 day");
            await Expect(fresh.GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true })).ToBeCheckedAsync();
            await Expect(fresh.GetByLabel("A short note")).ToHaveValueAsync("Stiff in the morning, \"better\" after the walk");
            Assert.Empty(freshErrors);
            await fresh.Context.CloseAsync();
        }

        await pain.GetByRole(AriaRole.Button, new() { Name = "Clear score" }).ClickAsync();
        await Expect(WeekRow(page, "2025-06-03").Locator("td").Nth(1)).ToHaveTextAsync("–");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Eight_weeks_are_drawn_as_a_picture_readable_without_colour_with_the_same_facts_in_a_table()
    {
        // Week w (0 = oldest): Monday to Friday all done but w of them partly, Saturday a rest day, Sunday nothing;
        // pain 8 - w on each day done.
        var days = new Dictionary<string, object>();
        var monday = new DateOnly(2025, 4, 14);
        for (var w = 0; w < 8; w++)
        {
            for (var d = 0; d < 6; d++)
            {
                var day = monday.AddDays(w * 7 + d).ToString("yyyy-MM-dd");
                days[day] = d == 5 ? new { done = Array.Empty<string>(), of = 8, rest = true }
                    : d < w ? new { done = new[] { "glute-bridge:1:B:s1" }, of = 8, pain = 8 - w }
                    : new { done = Enumerable.Range(0, 8).Select(i => "x" + i).ToArray(), of = 8, pain = 8 - w };
            }
        }

        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 8, 20, 0) });
        await SeedOnceAsync(page, JsonSerializer.Serialize(new { v = 1, days }));
        await OpenAsync(page, fixture.Url("checklist/"));
        var chart = page.Locator(".progress-weeks svg.chart");

        await Expect(chart).ToHaveAttributeAsync("role", "img");
        await Expect(chart.Locator("rect.all")).ToHaveCountAsync(Enumerable.Range(0, 8).Sum(w => 5 - Math.Min(w, 5)));
        await Expect(chart.Locator("g.part")).ToHaveCountAsync(Enumerable.Range(0, 8).Sum(w => Math.Min(w, 5)));
        await Expect(chart.Locator("circle.rest")).ToHaveCountAsync(8);
        await Expect(chart.Locator("path.pain")).ToHaveCountAsync(8);
        await Expect(chart.Locator("text.value")).ToHaveTextAsync(["8", "7", "6", "5", "4", "3", "2", "1"]);
        Assert.Equal(0, await page.Locator(".progress-weeks [style]").CountAsync());
        await Expect(page.Locator("#progress-summary")).ToContainTextAsync("In the last 8 weeks: 15 days all done, 25 partly done.");

        await page.GetByText("The same as a table").ClickAsync();
        var rows = page.Locator(".progress-weeks tbody tr");
        await Expect(rows).ToHaveCountAsync(8);
        await Expect(rows.First.Locator("th, td")).ToHaveTextAsync(["14 Apr", "5", "0", "1", "8"]);
        await Expect(rows.Last.Locator("th, td")).ToHaveTextAsync(["2 Jun", "0", "5", "1", "1"]);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Calendar_reminders_are_a_valid_ics_file_with_a_daily_event_per_session_that_links_back()
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 9, 0) });
        await OpenAsync(page, fixture.Url("checklist/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose reminder times…" }).ClickAsync();
        await Expect(page.Locator(".remind").GetByLabel("Session 1 of 2")).ToBeFocusedAsync();
        await page.Locator(".remind").GetByLabel("Session 1 of 2").FillAsync("07:30");
        await page.Locator(".remind").GetByLabel("Session 2 of 2").FillAsync("20:15");

        var waiting = page.WaitForDownloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add reminders to my calendar" }).ClickAsync();
        var download = await waiting;
        Assert.Equal("exercise-reminders.ics", download.SuggestedFilename);

        // Read back with ical.js (npm devDependency), Mozilla's RFC 5545 parser used by Thunderbird.
        var ics = JsonDocument.Parse(await ReadIcsAsync(await download.PathAsync())).RootElement;
        Assert.Equal("2.0", ics.GetProperty("version").GetString());
        Assert.True(ics.GetProperty("crlf").GetBoolean());
        Assert.True(ics.GetProperty("longest").GetInt32() <= 75);
        var events = ics.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(["2025-06-03T07:30:00", "2025-06-03T20:15:00"], events.Select(e => e.GetProperty("start").GetString()));
        Assert.Equal(["2025-06-03T07:30:00", "2025-06-04T07:30:00", "2025-06-05T07:30:00"], events[0].GetProperty("next").EnumerateArray().Select(t => t.GetString()));
        foreach (var e in events)
        {
            Assert.Equal("FREQ=DAILY", e.GetProperty("rrule").GetString());
            Assert.True(e.GetProperty("floating").GetBoolean());
            Assert.Equal(fixture.Url("checklist/"), e.GetProperty("url").GetString());
            Assert.Contains(fixture.Url("checklist/"), e.GetProperty("description").GetString());
            Assert.Equal(1, e.GetProperty("alarms").GetInt32());
        }

        Assert.Equal(["Daily routine: session 1 of 2", "Daily routine: session 2 of 2"], events.Select(e => e.GetProperty("summary").GetString()));
        Assert.StartsWith("Lying towel hamstring stretch, Standing hamstring sweep, Glute bridge, Bird-dog.", events[0].GetProperty("description").GetString());
        Assert.StartsWith("Lying towel hamstring stretch.", events[1].GetProperty("description").GetString());
        Assert.NotEqual(events[0].GetProperty("uid").GetString(), events[1].GetProperty("uid").GetString());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task On_a_360_pixel_phone_nothing_scrolls_sideways_and_ticks_are_one_column()
    {
        var options = Options();
        options.ViewportSize = new ViewportSize { Width = 360, Height = 740 };
        var (page, errors) = await fixture.NewPageAsync(options);
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 8, 9, 0) });
        await SeedOnceAsync(page, """{"v":1,"days":{"2025-06-02":{"done":["glute-bridge:1:B:s1","bird-dog:1:B:s1","standing-hamstring-sweep:1:L:s1"],"of":8,"pain":7,"note":"Long day at the desk, back felt tight"},"2025-06-04":{"done":[],"rest":true,"of":8},"2025-06-05":{"done":["a","b","c","d","e","f","g","h"],"of":8,"pain":3}}}""");
        await OpenAsync(page, fixture.Url("checklist/"));

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "the page scrolls sideways");
        var overflowing = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.checklist table, .checklist svg, .guide, .ticks')].filter(e => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > innerWidth).map(e => e.outerHTML.slice(0, 80))");
        Assert.Empty(overflowing);
        // (the script draws the ticks after the page is live: wait for both, or the list can still be short)
        await page.Locator("[data-exercise='standing-hamstring-sweep'] .ticks label").Nth(1).WaitForAsync();
        var lefts = await page.Locator("[data-exercise='standing-hamstring-sweep'] .ticks label").EvaluateAllAsync<double[]>("ls => ls.map(l => l.getBoundingClientRect().left)");
        Assert.Equal(lefts[0], lefts[1]);

        await page.SetViewportSizeAsync(1280, 800);
        var tops = await page.Locator("[data-exercise='standing-hamstring-sweep'] .ticks label").EvaluateAllAsync<double[]>("ls => ls.map(l => l.getBoundingClientRect().top)");
        Assert.Equal(tops[0], tops[1]);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    private static async Task<string> ReadIcsAsync(string path)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(RepoPaths.Root, "tests", "HamstringBack.Browser.Tests", "Scripts", "read-ics.mjs"), path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync();
        var error = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, "ical.js could not read the file: " + error);
        return output;
    }
}
