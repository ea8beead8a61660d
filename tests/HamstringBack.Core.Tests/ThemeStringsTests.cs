using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 13: the words of the pages the generator makes come from the theme's strings file, and diagnostics about a
/// theme name the folder --theme gave, not "theme/".
/// </summary>
public sealed class ThemeStringsTests
{
    [Fact]
    public void A_page_title_comes_from_the_theme_strings_file()
    {
        using var site = new TempSite().NamePeople();
        site.Edit("theme/strings.yml", "search_title: \"Search\"", "search_title: \"Find a word\"");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var search = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "search/index.html").Content);
        Assert.Contains("<title>Find a word", search, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_ticks_paper_names_and_the_credential_category_come_from_the_theme_strings_file_issue_13()
    {
        // Given a theme that words the ticks, the paper and the registration differently, and an exercise of three sets
        using var site = new TempSite().NamePeople();
        site.Edit("theme/strings.yml", "tick_left: \"Left leg\"", "tick_left: \"Gauche\"")
            .Edit("theme/strings.yml", "tick_times: \"{n} times\"", "tick_times: \"{n} fois\"")
            .Edit("theme/strings.yml", "tick_set: \"{label}, set {n} of {sets}\"", "tick_set: \"{label} ({n}/{sets})\"")
            .Edit("theme/strings.yml", "card_paper_letter: \"US Letter\"", "card_paper_letter: \"Lettre US\"")
            .Edit("theme/strings.yml", "credential_category: \"Professional registration\"", "credential_category: \"Inscription\"")
            .Edit("input/exercises/standing-hamstring-sweep.yml", "reps: 8", "reps: 8\nsets: 3");

        var result = site.Build();

        // Then the pages say it the theme's way
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var checklist = result.Text("checklist/index.html")!;
        Assert.Contains("\"label\":\"Gauche\"", checklist, StringComparison.Ordinal);
        Assert.Contains("\"label\":\"10 fois\"", checklist, StringComparison.Ordinal);
        Assert.Contains("\"label\":\"Gauche (2/3)\"", checklist, StringComparison.Ordinal);
        Assert.DoesNotContain("Left leg", checklist, StringComparison.Ordinal);
        Assert.Contains("Lettre US, 4 cards a sheet", result.Text("cards/letter-4up/index.html")!, StringComparison.Ordinal);
        Assert.Contains("Lettre US, 1 card a sheet", result.Text("cards/index.html")!, StringComparison.Ordinal);
        Assert.Contains("\"credentialCategory\":\"Inscription\"", result.Text("exercises/bird-dog/index.html")!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_string_is_a_located_error_in_the_theme_named_by_its_folder()
    {
        using var site = new TempSite().NamePeople();
        site.Edit("theme/strings.yml", "search_title: \"Search\"\n", string.Empty);

        var result = BuildWithTheme(site, "my-theme");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "HB0103" && d.File == "my-theme/strings.yml" && d.Message.Contains("'search_title'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_without_a_strings_file_is_refused()
    {
        using var site = new TempSite().NamePeople();
        site.Delete("theme/strings.yml");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "HB0004" && d.File == "theme/strings.yml");
    }

    [Fact]
    public void A_missing_template_is_reported_under_the_folder_named_by_theme()
    {
        using var site = new TempSite().NamePeople();
        site.Delete("theme/templates/404.sbn");

        var result = BuildWithTheme(site, "my-theme");

        Assert.Contains(result.Diagnostics, d => d.Code == "HB0503" && d.File == "my-theme/templates/404.sbn");
        Assert.DoesNotContain(result.Diagnostics, d => d.File.StartsWith("theme/", StringComparison.Ordinal));
    }

    [Fact]
    public void Dose_words_on_exercise_pages_and_in_inserts_come_from_the_theme_strings_file_issue_13()
    {
        using var site = new TempSite().NamePeople();
        site.Edit("theme/strings.yml", "seconds_many: \"{n} seconds\"", "seconds_many: \"{n} sec.\"")
            .Edit("theme/strings.yml", "per_day_once: \"Once a day\"", "per_day_once: \"Daily\"");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var exercise = Page(result, "exercises/glute-bridge/index.html");
        Assert.Contains("Hold 3 sec. &#183; 10 times", exercise, StringComparison.Ordinal);
        Assert.Contains("Daily &#183; At any time of day", exercise, StringComparison.Ordinal);
        Assert.DoesNotContain("Once a day", exercise, StringComparison.Ordinal);
        Assert.Contains("Hold for 3 sec., squeezing", Page(result, "strengthening/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_preview_rebuild_writes_inserts_in_the_changed_dose_words_issue_13()
    {
        using var site = new TempSite().NamePeople();
        var cache = new BuildCache();
        var options = new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = "theme" };
        Assert.True(new SiteBuilder { Cache = cache }.Build(options).Succeeded);
        site.Edit("theme/strings.yml", "seconds_many: \"{n} seconds\"", "seconds_many: \"{n} sec.\"");

        var result = new SiteBuilder { Cache = cache }.Build(options);

        Assert.Contains("Hold for 3 sec., squeezing", Page(result, "strengthening/index.html"), StringComparison.Ordinal);
    }

    private static string Page(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);

    private static BuildResult BuildWithTheme(TempSite site, string label) =>
        new SiteBuilder().Build(new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = label });
}
