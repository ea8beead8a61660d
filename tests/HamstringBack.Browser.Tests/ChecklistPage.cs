using Microsoft.Playwright;

namespace HamstringBack.Browser.Tests;

/// <summary>What the checklist tests share: where things are on the page, and a fixed clock and time zone.</summary>
public static class ChecklistPage
{
    /// <summary>The time zone every checklist test runs in, so "local midnight" is known.</summary>
    public const string TimeZone = "Europe/London";

    /// <summary>The localStorage key of the checklist's data.</summary>
    public const string StorageKey = "hamstringback-checklist";

    /// <summary>Ticks in the real routine, one per set per side per session (issue 14): supine 2 sessions × 2 legs,
    /// sweep 2 legs, bridge 1, bird-dog 1 (both sides in turn).</summary>
    public const int RoutineSets = 4 + 2 + 1 + 1;

    /// <summary>Context options with the test time zone and British English dates.</summary>
    public static BrowserNewContextOptions Options() => new() { TimezoneId = TimeZone, Locale = "en-GB" };

    /// <summary>A local time in <see cref="TimeZone"/> during British Summer Time (UTC+1).</summary>
    public static DateTime SummerTime(int month, int day, int hour, int minute) =>
        new DateTimeOffset(2025, month, day, hour, minute, 0, TimeSpan.FromHours(1)).UtcDateTime;

    /// <summary>The checkbox of one set, by its storage id ("glute-bridge:1:B:s1").</summary>
    public static ILocator Box(IPage page, string setId) => page.Locator("#set-" + setId.Replace(':', '-'));

    /// <summary>The week view's row for a day ("2025-06-03").</summary>
    public static ILocator WeekRow(IPage page, string day) => page.Locator($".week tr[data-day='{day}']");

    /// <summary>The message that says storage is not working or was reset.</summary>
    public static ILocator StoreNote(IPage page) => page.Locator(".store-note");

    /// <summary>The polite live region the timer speaks through.</summary>
    public static ILocator Live(IPage page) => page.Locator("#checklist-live");

    /// <summary>Opens a site path and waits until the checklist script has drawn the page.</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await DrawnAsync(page);
    }

    /// <summary>
    /// Waits until the checklist script has drawn the page: its live region, and on /checklist/ the views below today's
    /// list too, which it draws after that list, one a task, the copy tools last (issue 13).
    /// </summary>
    public static async Task DrawnAsync(IPage page)
    {
        await page.Locator("#checklist-live").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("main.checklist:not(:has(> section.tools))").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>The guided session's dialog.</summary>
    public static ILocator Guided(IPage page) => page.Locator("dialog.guided");

    /// <summary>Seeds the checklist's storage before the first page load only (a reload keeps what the page saved).</summary>
    public static Task SeedOnceAsync(IPage page, string stored) =>
        page.Context.AddInitScriptAsync(
            $"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('seeded', '1'); localStorage.setItem('{StorageKey}', {System.Text.Json.JsonSerializer.Serialize(stored)}); }}");

    /// <summary>The text stored under <see cref="StorageKey"/>, or null.</summary>
    public static Task<string?> StoredAsync(IPage page) =>
        page.EvaluateAsync<string?>($"() => localStorage.getItem('{StorageKey}')");
}
