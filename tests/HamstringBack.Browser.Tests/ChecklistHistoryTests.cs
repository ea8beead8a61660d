using Microsoft.Playwright;
using static HamstringBack.Browser.Tests.ChecklistPage;
using static Microsoft.Playwright.Assertions;

namespace HamstringBack.Browser.Tests;

/// <summary>Issue 4: the week view, rest days, export and import, deleting everything.</summary>
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class ChecklistHistoryTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory(Timeout = TestTimeout.Browser)]
    [InlineData("Download history (JSON)", ".json")]
    [InlineData("Download history (CSV, for spreadsheets)", ".csv")]
    public async Task Export_then_import_into_a_fresh_browser_profile_gives_the_same_history(string button, string extension)
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 2, 20, 0) });
        await OpenAsync(page, fixture.Url("checklist/"));
        await Box(page, "glute-bridge:1:B:s1").CheckAsync();
        await page.Clock.SetSystemTimeAsync(SummerTime(6, 3, 9, 0));
        await page.ReloadAsync();
        await Box(page, "standing-hamstring-sweep:1:L:s1").CheckAsync();
        await Box(page, "standing-hamstring-sweep:1:R:s1").CheckAsync();
        await WeekRow(page, "2025-06-01").GetByRole(AriaRole.Button).ClickAsync();
        var history = await page.Locator(".history table").InnerTextAsync();
        var week = await page.Locator(".week table").InnerTextAsync();

        var waiting = page.WaitForDownloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        var download = await waiting;
        Assert.Equal("checklist-history-2025-06-03" + extension, download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), "hb-export-" + Guid.NewGuid().ToString("N") + extension);
        await download.SaveAsAsync(file);

        var (fresh, freshErrors) = await fixture.NewPageAsync(Options());
        await fresh.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 9, 30) });
        await OpenAsync(fresh, fixture.Url("checklist/"));
        await Expect(fresh.Locator(".history")).ToContainTextAsync("Nothing saved yet");
        var input = fresh.Locator(".tools input[type=file]");
        await input.SetInputFilesAsync(file);
        await Expect(fresh.Locator(".tools [role=status]")).ToContainTextAsync("Added 3 days");
        await input.SetInputFilesAsync(file);

        Assert.Equal(history, await fresh.Locator(".history table").InnerTextAsync());
        Assert.Equal(week, await fresh.Locator(".week table").InnerTextAsync());
        await Expect(Box(fresh, "standing-hamstring-sweep:1:R:s1")).ToBeCheckedAsync();
        await Expect(fresh.Locator(".today .progress")).ToHaveTextAsync($"Today: 2 of {RoutineSets} done.");
        await Expect(WeekRow(fresh, "2025-06-01").Locator("td").First).ToHaveTextAsync("Rest day");
        File.Delete(file);
        Assert.Empty(errors);
        Assert.Empty(freshErrors);
        await page.Context.CloseAsync();
        await fresh.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_csv_export_names_each_exercise_and_set_for_a_physiotherapist()
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 9, 0) });
        await OpenAsync(page, fixture.Url("checklist/"));
        await Box(page, "standing-hamstring-sweep:1:L:s1").CheckAsync();

        var waiting = page.WaitForDownloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Download history (CSV, for spreadsheets)" }).ClickAsync();
        var path = await (await waiting).PathAsync();

        Assert.Equal(
            "date,item,routine_sets,exercise,set\r\n2025-06-03,standing-hamstring-sweep:1:L:s1,8,Standing hamstring sweep,Left leg\r\n",
            await File.ReadAllTextAsync(path));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_file_that_is_not_a_history_is_refused_kindly()
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await OpenAsync(page, fixture.Url("checklist/"));

        await page.Locator(".tools input[type=file]").SetInputFilesAsync(new FilePayload { Name = "notes.json", MimeType = "application/json", Buffer = "{\"hello\":1}"u8.ToArray() });

        await Expect(page.Locator(".tools [role=status]")).ToHaveTextAsync("That file is not a checklist history. Choose a .csv or .json file downloaded from this page.");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_rest_day_counts_as_rest_not_as_a_missed_day()
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 9, 0) });
        await OpenAsync(page, fixture.Url("checklist/"));
        await Expect(page.Locator(".week > p").First).ToHaveTextAsync("Nothing ticked in the last 7 days yet. Whenever you are ready, today is a good day to start.");

        var rest = WeekRow(page, "2025-06-03").GetByRole(AriaRole.Button, new() { Name = "Rest day, Tue 3 Jun" });
        await rest.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(rest).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(rest).ToBeFocusedAsync();
        await Expect(page.Locator(".week > p").First).ToHaveTextAsync("In the last 7 days: 1 rest day. Every bit helps.");
        await Expect(page.Locator(".today .progress")).ToHaveTextAsync("Today is a rest day. Rest is part of getting better.");
        await OpenAsync(page, fixture.Url(""));
        await Expect(page.Locator("#home-progress")).ToContainTextAsync("Today is a rest day.");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Deleting_all_data_asks_first_and_then_empties_the_history()
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await OpenAsync(page, fixture.Url("checklist/"));
        await Box(page, "glute-bridge:1:B:s1").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete all my data…" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete everything" })).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "No, keep it" }).ClickAsync();
        await Expect(Box(page, "glute-bridge:1:B:s1")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete all my data…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete everything" }).ClickAsync();

        await Expect(Box(page, "glute-bridge:1:B:s1")).Not.ToBeCheckedAsync();
        await Expect(page.Locator(".history")).ToContainTextAsync("Nothing saved yet");
        Assert.Null(await StoredAsync(page));
        await page.ReloadAsync();
        await Expect(Box(page, "glute-bridge:1:B:s1")).Not.ToBeCheckedAsync();
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
