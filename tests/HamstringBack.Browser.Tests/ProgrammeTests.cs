using HamstringBack.Core.Tests.Support;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 20: a clinician makes a programme on /programme/ (2 exercises, changed doses, a name), prints it, and hands
/// it over by link or QR code; the patient's checklist follows it after asking; hostile links change nothing; the
/// name never leaves the browser.
/// </summary>
[LongRunning(0.5)]
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class ProgrammeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string ProgrammeKey = "hamstringback-programme";
    private const string Name = "Zebulon";
    private readonly string _folder = Directory.CreateTempSubdirectory("programme-").FullName;

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_programme_prints_with_the_new_doses_and_its_QR_link_sets_up_another_browser_that_can_go_back()
    {
        // Given a programme of 2 exercises with changed doses and a name
        var (page, errors) = await fixture.NewPageAsync(ChecklistPage.Options());
        var link = await MakeProgrammeAsync(page);

        // Then the printout shows the name and the new doses, and its QR code opens the link
        var pdf = Path.Combine(_folder, "programme.pdf");
        await File.WriteAllBytesAsync(pdf, await page.PdfAsync(new() { PreferCSSPageSize = true }));
        var text = string.Join("\n", Enumerable.Range(1, PdfTools.PageSizes(pdf).Count).Select(n => PdfTools.PageText(pdf, n)));
        Assert.Contains(Name, PdfTools.PageText(pdf, 1));
        Assert.Contains("Hold 40 seconds · 3 times on the left leg only", text);
        Assert.Contains("Hold 3 seconds · 2 sets of 12 times", text);
        Assert.Contains("Slow on the way down", text);
        Assert.DoesNotContain("Bird-dog", text);
        Assert.Contains(link, PdfTools.DecodeQrCodes(PdfTools.RenderPng(pdf, 1, 150)));
        Assert.Empty(errors);
        await page.Context.CloseAsync();

        // When the link opens in a fresh browser that already has a history, and the reader accepts
        var (other, otherErrors) = await fixture.NewPageAsync(ChecklistPage.Options());
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        var history = """{"v":1,"days":{"DAY":{"done":["glute-bridge:1:B:s1"],"of":8}},"prefs":{"sound":false,"vibrate":false}}""".Replace("DAY", yesterday, StringComparison.Ordinal);
        await ChecklistPage.SeedOnceAsync(other, history);
        await ChecklistPage.OpenAsync(other, link);
        await Expect(other.GetByText("Use this programme in my checklist?")).ToBeVisibleAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Yes, use this programme" }).ClickAsync();
        await ChecklistPage.Live(other).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(other.Locator(".programme-banner")).ToBeVisibleAsync();

        // Then the checklist shows exactly those exercises and doses, ticking works, and a reload keeps both
        Assert.DoesNotContain("#", other.Url);
        await AssertProgrammeChecklistAsync(other);
        await ChecklistPage.Box(other, "glute-bridge:1:B:s2").CheckAsync();
        await other.ReloadAsync();
        await ChecklistPage.Live(other).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await AssertProgrammeChecklistAsync(other);
        await Expect(ChecklistPage.Box(other, "glute-bridge:1:B:s2")).ToBeCheckedAsync();
        Assert.Contains(yesterday, await ChecklistPage.StoredAsync(other) ?? string.Empty);

        // And the exercise page's "Done today?" follows the programme too
        await ChecklistPage.OpenAsync(other, fixture.Url("exercises/glute-bridge/"));
        await Expect(other.Locator(".done-today input[type=checkbox]")).ToHaveCountAsync(2);

        // When the reader goes back to the standard routine, the history is still there
        await ChecklistPage.OpenAsync(other, fixture.Url("checklist/"));
        await other.GetByRole(AriaRole.Button, new() { Name = "Go back to the standard routine" }).ClickAsync();
        await ChecklistPage.Live(other).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(other.Locator(".exercise-checklist > li")).ToHaveCountAsync(4);
        await Expect(other.Locator(".exercise-checklist input[type=checkbox]")).ToHaveCountAsync(ChecklistPage.RoutineSets);
        Assert.Null(await other.EvaluateAsync<string?>($"localStorage.getItem('{ProgrammeKey}')"));
        var stored = await ChecklistPage.StoredAsync(other) ?? string.Empty;
        Assert.Contains(yesterday, stored);
        Assert.Contains("glute-bridge:1:B:s2", stored);
        Assert.Empty(otherErrors);
        await other.Context.CloseAsync();
    }

    public static TheoryData<string, string, string> HostileLinks() => new()
    {
        { "corrupt", "1.eyJ!!", "damaged" },
        { "not JSON", "1." + Encode("{\"e\":[[\"glute-bridge\""), "damaged" },
        { "oversized", "1." + new string('A', 5000), "too long" },
        { "unknown exercise", "1." + Encode("""{"e":[["cat-stretch",1,10,3,1,0]]}"""), "does not have" },
        { "out-of-range dose", "1." + Encode("""{"e":[["glute-bridge",1,50,3,1,0]]}"""), "outside the safe range" },
        { "newer version", "2." + Encode("""{"e":[["glute-bridge",1,10,3,1,0]]}"""), "newer version" },
        { "script in the name", "1." + Encode("""{"n":"<script>alert(1)</script>","e":[["glute-bridge",1,10,3,1,0]]}"""), "not allowed" },
    };

    [Theory(Timeout = TestTimeout.Browser)]
    [MemberData(nameof(HostileLinks))]
    public async Task A_hostile_link_is_refused_with_a_message_and_changes_nothing(string what, string fragment, string message)
    {
        // The cases take turns on one page (issue 13: CI time), handed out with its storage cleared; the seed's init
        // script, added once, stores the same history again before each case's first load.
        var (page, errors) = await fixture.ReusedPageAsync("hostile", ChecklistPage.Options);
        if (page.Url == "about:blank")
        {
            await ChecklistPage.SeedOnceAsync(page, """{"v":1,"days":{},"prefs":{"sound":false,"vibrate":false}}""");
        }
        else
        {
            // Another document of the site first, so that the link below loads the page and does not only change its
            // #fragment (not about:blank, where the seed's script may not read sessionStorage)
            await page.GotoAsync(fixture.Url("robots.txt"));
        }

        var dialogs = 0;
        void OnDialog(object? sender, IDialog d)
        {
            dialogs++;
            _ = d.DismissAsync();
        }

        page.Dialog += OnDialog;

        await ChecklistPage.OpenAsync(page, fixture.Url("checklist/") + "#p=" + fragment);

        await Expect(page.Locator(".programme-refused")).ToContainTextAsync(message);
        await Expect(page.Locator(".programme-refused")).ToContainTextAsync("Nothing has been changed.");
        await Expect(page.Locator(".exercise-checklist > li")).ToHaveCountAsync(4);
        await Expect(page.GetByText("Use this programme in my checklist?")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<string?>($"localStorage.getItem('{ProgrammeKey}')"));
        Assert.Equal("""{"v":1,"days":{},"prefs":{"sound":false,"vibrate":false}}""", await ChecklistPage.StoredAsync(page));
        page.Dialog -= OnDialog;
        Assert.Equal(0, dialogs);
        Assert.True(errors.Count == 0, what + ": " + string.Join("; ", errors));
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_name_is_in_no_request_the_pages_make()
    {
        var (page, errors) = await fixture.NewPageAsync(ChecklistPage.Options());
        var requests = new List<string>();
        page.Context.Request += (_, r) => requests.Add(r.Url + " " + r.PostData + " " + string.Join(" ", r.Headers.Values));

        var link = await MakeProgrammeAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a file" }).ClickAsync();
        await ChecklistPage.OpenAsync(page, link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, use this programme" }).ClickAsync();
        await ChecklistPage.Live(page).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await ChecklistPage.OpenAsync(page, fixture.Url("exercises/glute-bridge/"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(requests.Count > 5, string.Join("\n", requests));
        Assert.DoesNotContain(requests, r => r.Contains(Name, StringComparison.OrdinalIgnoreCase) || r.Contains("#p=", StringComparison.Ordinal));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_saved_programme_file_opens_again_with_the_same_doses()
    {
        var (page, errors) = await fixture.NewPageAsync(ChecklistPage.Options());
        var link = await MakeProgrammeAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save as a file" }).ClickAsync());
        var file = Path.Combine(_folder, "saved.json");
        await download.SaveAsAsync(file);

        await page.ReloadAsync();
        await ChecklistPage.Live(page).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("input[type=file]").SetInputFilesAsync(file);

        await Expect(page.Locator("#programme-link")).ToHaveValueAsync(link);
        await File.WriteAllTextAsync(file, File.ReadAllText(file).Replace("\"glute-bridge\"", "\"cat-stretch\"", StringComparison.Ordinal));
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await Expect(page.Locator(".programme-status")).ToContainTextAsync("does not have");
        await Expect(page.Locator("#programme-link")).ToHaveValueAsync(link);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Issue_16_a_kept_programme_with_an_exercise_outside_the_routine_is_followed_on_its_exercise_page_and_the_home_page()
    {
        // Given a site whose routine leaves out the bird-dog (so its pages carry the routine only, issue 16) and a
        // kept programme of the bird-dog alone
        var input = Path.Combine(_folder, "input");
        FixtureInput.Copy(RepoPaths.Input, input);
        File.WriteAllText(Path.Combine(input, "routine.yml"), "title: Daily routine\nexercises:\n  - glute-bridge\n  - standing-hamstring-sweep\n");
        var site = BuiltSite.Build(input, "http://127.0.0.1/", search: false);
        await using var server = await Cli.Serve.StaticSiteServer.StartAsync(site, headersFor: SitePages.Headers); // the site's CSP
        var (page, errors) = await fixture.NewPageAsync(ChecklistPage.Options());
        var kept = $$"""{"app":"{{ProgrammeKey}}","v":1,"e":[["bird-dog",1,6,5,1,0]]}""";
        await page.Context.AddInitScriptAsync($"localStorage.setItem('{ProgrammeKey}', {System.Text.Json.JsonSerializer.Serialize(kept)});");

        // When the reader opens the bird-dog's page and ticks its set
        await ChecklistPage.OpenAsync(page, new Uri(server.Address, "exercises/bird-dog/").ToString());
        await Expect(page.Locator(".done-today input[type=checkbox]")).ToHaveCountAsync(1);
        await ChecklistPage.Box(page, "bird-dog:1:B:s1").CheckAsync();

        // Then the home page counts the day against the programme
        await ChecklistPage.OpenAsync(page, new Uri(server.Address, "./").ToString());
        await Expect(page.Locator("#home-progress")).ToContainTextAsync("All done for today.");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
        Directory.Delete(site, recursive: true);
    }

    /// <summary>On /programme/: the towel stretch (left leg only, hold 40 s, 3 times, once a day) and the glute bridge
    /// (2 sets of 12, with a note) for <see cref="Name"/>; returns the hand-over link.</summary>
    private async Task<string> MakeProgrammeAsync(IPage page)
    {
        await ChecklistPage.OpenAsync(page, fixture.Url("programme/"));
        await page.Locator("#use-standing-hamstring-sweep").UncheckAsync();
        await page.Locator("#use-bird-dog").UncheckAsync();
        await page.Locator("#hold-lying-towel-hamstring-stretch").FillAsync("40");
        await page.Locator("#reps-lying-towel-hamstring-stretch").FillAsync("3");
        await page.Locator("#perDay-lying-towel-hamstring-stretch").FillAsync("1");
        await page.Locator("#side-lying-towel-hamstring-stretch").SelectOptionAsync("left");
        await page.Locator("#reps-glute-bridge").FillAsync("12");
        await page.Locator("#sets-glute-bridge").FillAsync("2");
        await page.Locator("#note-glute-bridge").FillAsync("Slow on the way down");
        await page.GetByLabel("First name or initials").FillAsync(Name);
        await page.GetByLabel("Your name").FillAsync("J. Okafor");
        await page.GetByLabel("Review date").FillAsync("2026-12-20");
        await Expect(page.Locator(".programme-summary")).ToContainTextAsync(Name);
        var link = await page.Locator("#programme-link").InputValueAsync();
        Assert.StartsWith(fixture.Url("checklist/") + "#p=1.", link);
        Assert.DoesNotContain(Name, link);
        return link;
    }

    private static async Task AssertProgrammeChecklistAsync(IPage page)
    {
        await Expect(page.Locator(".exercise-checklist > li")).ToHaveCountAsync(2);
        await Expect(page.Locator(".exercise-checklist > li h3")).ToHaveTextAsync(["Lying towel hamstring stretch", "Glute bridge"]);
        await Expect(page.Locator(".exercise-checklist .dose").First).ToHaveTextAsync("Hold 40 seconds · 3 times on the left leg only. Once a day.");
        await Expect(page.Locator(".exercise-checklist .dose").Nth(1)).ToContainTextAsync("Hold 3 seconds · 2 sets of 12 times.");
        await Expect(page.Locator(".exercise-checklist input[type=checkbox]")).ToHaveCountAsync(3);
        await Expect(ChecklistPage.Box(page, "lying-towel-hamstring-stretch:1:L:s1")).ToHaveCountAsync(1);
        await Expect(page.Locator(".programme-note")).ToHaveTextAsync("Note: Slow on the way down");
    }

    private static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose()
    {
        // HB_KEEP_PROGRAMME_PDF=path keeps the printout to look at.
        if (Environment.GetEnvironmentVariable("HB_KEEP_PROGRAMME_PDF") is { Length: > 0 } keep && File.Exists(Path.Combine(_folder, "programme.pdf")))
        {
            File.Copy(Path.Combine(_folder, "programme.pdf"), keep, overwrite: true);
        }

        Directory.Delete(_folder, recursive: true);
    }
}
