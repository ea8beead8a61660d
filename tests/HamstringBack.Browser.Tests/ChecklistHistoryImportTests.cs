using System.Text;
using Microsoft.Playwright;
using static HamstringBack.Browser.Tests.ChecklistPage;
using static Microsoft.Playwright.Assertions;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 12: importing a history file is safe. Odd keys cannot reach Object.prototype, every date is a real day
/// up to today, a file over 2 MB is refused, refused lines are named, and the CSV export cannot start a formula.
/// The page's clock is Tuesday 3 June 2025 in every test. The tests take turns on one page of one context (issue 13:
/// CI time; each opened a fresh context for the same clock and page): each is handed it with the storage cleared and
/// opens /checklist/ again; the round trip imports into a fresh context of its own, as a fresh browser profile.
/// </summary>
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class ChecklistHistoryImportTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Header = "date,item,routine_sets,exercise,set\r\n";
    private const string Added = "Days you already had were merged, with nothing counted twice.";

    [Theory(Timeout = TestTimeout.Browser)]
    [InlineData("history.csv", Header + "__proto__,rest,7\r\n2025-06-02,glute-bridge:1:B:s1,46\r\n", "Refused 1 line: line 2 (__proto__ is not a real day).")]
    [InlineData("history.json", "{\"v\":1,\"days\":{\"__proto__\":{\"done\":[],\"rest\":true},\"2025-06-02\":{\"done\":[\"glute-bridge:1:B:s1\"],\"of\":46}}}",
        "Refused 1 entry: entry 1 (__proto__ is not a real day).")]
    public async Task A_proto_rest_day_is_refused_and_marks_no_day_as_rest(string name, string text, string refused)
    {
        var (page, errors) = await OpenAtAsync();

        await ImportAsync(page, name, text);
        await Expect(Message(page)).ToContainTextAsync("Added 1 day from the file.");

        Assert.True(await page.EvaluateAsync<bool>("() => ({}).rest === undefined && ({}).done === undefined"));
        await Expect(page.Locator(".week tr.rest")).ToHaveCountAsync(0);
        await Expect(page.Locator(".week > p").First).ToHaveTextAsync("In the last 7 days: 1 day partly done. Every bit helps.");
        Assert.Equal(["2025-06-02"], await StoredDaysAsync(page));
        Assert.DoesNotContain("rest", await StoredAsync(page));
        await Expect(Message(page)).ToHaveTextAsync($"Added 1 day from the file. {Added} {refused}");
        Assert.Empty(errors);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_proto_line_with_a_set_is_refused_without_an_error()
    {
        var (page, errors) = await OpenAtAsync();

        await ImportAsync(page, "history.csv", Header + "__proto__,glute-bridge:1:B:s1,\r\n");

        await Expect(Message(page)).ToHaveTextAsync("Nothing was added from the file. Refused 1 line: line 2 (__proto__ is not a real day).");
        Assert.True(await page.EvaluateAsync<bool>("() => ({}).done === undefined"));
        Assert.Empty(await StoredDaysAsync(page));
        Assert.Empty(errors);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Dates_that_are_not_real_days_or_are_after_today_are_refused()
    {
        var (page, errors) = await OpenAtAsync();

        await ImportAsync(page, "history.csv", Header +
            "2026-99-99,glute-bridge:1:B:s1,46\r\n2025-02-30,glute-bridge:1:B:s1,46\r\n2025-06-04,rest,46\r\n2025-06-03,bird-dog:1:B:s1,46\r\n");

        await Expect(Message(page)).ToHaveTextAsync($"Added 1 day from the file. {Added} Refused 3 lines: line 2 (2026-99-99 is not a real day), " +
            "line 3 (2025-02-30 is not a real day), line 4 (2025-06-04 is after today).");
        Assert.Equal(["2025-06-03"], await StoredDaysAsync(page));
        await Expect(Box(page, "bird-dog:1:B:s1")).ToBeCheckedAsync();
        Assert.Empty(errors);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_json_file_goes_through_the_same_checks()
    {
        var (page, errors) = await OpenAtAsync();
        var json = "{\"v\":1,\"days\":{\"2026-99-99\":{\"done\":[\"glute-bridge:1:B:s1\"]},\"2025-06-09\":{\"done\":[],\"rest\":true}," +
            "\"2025-06-02\":{\"done\":[\"glute-bridge:1:B:s1\",\"<b>bad</b>\",\"" + new string('a', 101) + "\"],\"of\":46}}}";

        await ImportAsync(page, "history.json", json);

        await Expect(Message(page)).ToHaveTextAsync($"Added 1 day from the file. {Added} Refused 3 entries: entry 1 (2026-99-99 is not a real day), " +
            "entry 2 (2025-06-09 is after today), entry 3 (\"<b>bad</b>\" is not a set name).");
        Assert.Equal(["2025-06-02"], await StoredDaysAsync(page));
        Assert.Equal(["glute-bridge:1:B:s1"], await page.EvaluateAsync<string[]>($"() => JSON.parse(localStorage.getItem('{StorageKey}')).days['2025-06-02'].done"));
        Assert.Empty(errors);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_file_of_40000_future_days_is_refused_and_the_next_tick_stores_one_day()
    {
        var (page, errors) = await OpenAtAsync();
        var text = new StringBuilder(Header);
        for (var i = 0; i < 40_000; i++)
        {
            text.Append(new DateOnly(2025, 6, 4).AddDays(i).ToString("yyyy-MM-dd")).Append(",glute-bridge:1:B:s1,46\r\n");
        }

        await ImportAsync(page, "history.csv", text.ToString());
        // Checking 40,000 lines takes the page 2-3 s of CPU: more than the 5 s Expect waits by default on a busy machine
        await Expect(Message(page)).ToContainTextAsync("40000 ", new() { Timeout = 30_000 });

        await Box(page, "glute-bridge:1:B:s1").CheckAsync();
        Assert.Equal(["2025-06-03"], await StoredDaysAsync(page));
        await Expect(Message(page)).ToHaveTextAsync("Nothing was added from the file. Refused 40000 lines: line 2 (2025-06-04 is after today), " +
            "line 3 (2025-06-05 is after today), line 4 (2025-06-06 is after today), and 39997 more.");
        Assert.Empty(errors);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Saved_data_keeps_no_odd_keys_and_no_day_after_tomorrow()
    {
        var (page, errors) = await OpenAtAsync();
        var future = string.Concat(Enumerable.Range(2, 40_000).Select(i => $"\"{new DateOnly(2025, 6, 3).AddDays(i):yyyy-MM-dd}\":{{\"done\":[\"glute-bridge:1:B:s1\"]}},"));
        await page.EvaluateAsync("text => localStorage.setItem('" + StorageKey + "', text)",
            "{\"v\":1,\"days\":{" + future + "\"__proto__\":{\"done\":[],\"rest\":true},\"2026-99-99\":{\"done\":[\"x\"]}," +
            "\"2025-06-04\":{\"done\":[\"glute-bridge:1:B:s1\"]},\"2025-06-02\":{\"done\":[\"glute-bridge:1:B:s1\",\"constructor\"],\"of\":46}}}");
        await page.ReloadAsync();

        await Box(page, "glute-bridge:1:B:s1").CheckAsync();

        // Tomorrow is kept: a reader who flew west may have ticked it where it was already that day.
        Assert.Equal(["2025-06-02", "2025-06-03", "2025-06-04"], await StoredDaysAsync(page));
        Assert.Equal(["glute-bridge:1:B:s1"], await page.EvaluateAsync<string[]>($"() => JSON.parse(localStorage.getItem('{StorageKey}')).days['2025-06-02'].done"));
        Assert.True(await page.EvaluateAsync<bool>("() => ({}).rest === undefined"));
        Assert.Empty(errors);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_file_over_2_MB_is_refused_with_a_message()
    {
        var (page, errors) = await OpenAtAsync();
        var text = new StringBuilder(Header);
        while (text.Length <= 2 * 1024 * 1024)
        {
            text.Append("2025-06-03,glute-bridge:1:B:s1,46\r\n");
        }

        await ImportAsync(page, "history.csv", text.ToString());

        await Expect(Message(page)).ToHaveTextAsync("That file is larger than 2 MB, too large to be a checklist history. Choose a .csv or .json file downloaded from this page.");
        await Expect(Box(page, "glute-bridge:1:B:s1")).Not.ToBeCheckedAsync();
        Assert.Null(await StoredAsync(page));
        Assert.Empty(errors);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_csv_export_neutralises_formula_cells_and_a_round_trip_gives_them_back()
    {
        var (page, errors) = await OpenAtAsync();
        await ImportAsync(page, "history.csv", Header + "2025-06-02,=1+2,46\r\n2025-06-02,+1,46\r\n2025-06-02,-1,46\r\n2025-06-02,@x,46\r\n2025-06-02,glute-bridge:1:B:s1,46\r\n");
        await Expect(Message(page)).ToHaveTextAsync($"Added 1 day from the file. {Added}");
        var stored = await StoredAsync(page);

        var waiting = page.WaitForDownloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Download history (CSV, for spreadsheets)" }).ClickAsync();
        var csv = await File.ReadAllTextAsync((await (await waiting).PathAsync())!);

        Assert.StartsWith(Header + "2025-06-02,'=1+2,46,,\r\n2025-06-02,'+1,46,,\r\n2025-06-02,'-1,46,,\r\n2025-06-02,'@x,46,,\r\n2025-06-02,glute-bridge:1:B:s1,46,Glute bridge,", csv);
        Assert.DoesNotContain(csv.Split("\r\n").SelectMany(line => line.Split(',')), cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]));

        var (fresh, freshErrors) = await OpenFreshAtAsync();
        await ImportAsync(fresh, "history.csv", csv);
        await Expect(Message(fresh)).ToHaveTextAsync($"Added 1 day from the file. {Added}");
        Assert.Equal(stored, await StoredAsync(fresh));
        Assert.Empty(errors);
        Assert.Empty(freshErrors);
        await fresh.Context.CloseAsync();
    }

    /// <summary>The class's shared page, its storage empty, at /checklist/ on 3 June (its clock installed when it was made).</summary>
    private async Task<(IPage Page, List<string> Errors)> OpenAtAsync()
    {
        var (page, errors) = await fixture.ReusedPageAsync("import", Options);
        if (page.Url == "about:blank")
        {
            await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 9, 0) });
        }

        await OpenAsync(page, fixture.Url("checklist/"));
        return (page, errors);
    }

    /// <summary>A page of a fresh context (a fresh browser profile) at /checklist/ on 3 June.</summary>
    private async Task<(IPage Page, List<string> Errors)> OpenFreshAtAsync()
    {
        var (page, errors) = await fixture.NewPageAsync(Options());
        await page.Clock.InstallAsync(new() { TimeDate = SummerTime(6, 3, 9, 0) });
        await OpenAsync(page, fixture.Url("checklist/"));
        return (page, errors);
    }

    private static Task ImportAsync(IPage page, string name, string text) =>
        page.Locator(".tools input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/json",
            Buffer = Encoding.UTF8.GetBytes(text),
        });

    private static ILocator Message(IPage page) => page.Locator(".tools [role=status]");

    private static async Task<string[]> StoredDaysAsync(IPage page) =>
        await page.EvaluateAsync<string[]>($"() => Object.keys(JSON.parse(localStorage.getItem('{StorageKey}') ?? '{{\"days\":{{}}}}').days).sort()");
}
