using System.Text.RegularExpressions;
using HamstringBack.Core.Schema;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 13: the theme scripts' words come from theme/strings.yml, which the templates write as data-* attributes.
/// A key a script asks for that the schema lacks, or that no template writes, would leave the reader a blank.
/// </summary>
public sealed partial class ThemeScriptWordsTests
{
    [Fact]
    public void Every_word_a_theme_script_asks_for_by_name_is_declared_and_written_by_a_template_issue_13()
    {
        var templates = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "theme/templates"), "*.sbn", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToList();
        var prefixes = ScriptWordsLine().Matches(string.Join("\n", templates))
            .SelectMany(line => QuotedKey().Matches(line.Value).Select(m => m.Groups[1].Value)).ToList();
        var asked = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "theme/static/js"), "*.js")
            .SelectMany(path => AskedKey().Matches(File.ReadAllText(path)).Select(m => (File: Path.GetFileName(path), Key: Key(path, m.Groups[1].Value))))
            .ToList();

        var unknown = asked.Where(a => !ThemeSchema.Strings.Names.Contains(a.Key)).ToList();
        var unwritten = asked.Where(a => !prefixes.Any(p => a.Key.StartsWith(p, StringComparison.Ordinal)) &&
            !templates.Any(t => t.Contains('"' + a.Key + '"', StringComparison.Ordinal))).ToList();

        Assert.True(prefixes.Count > 10, "the layout's script_words lists were not found");
        Assert.True(asked.Count > 100, $"only {asked.Count} words asked for by name: did the scan miss word('…')?");
        Assert.True(unknown.Count == 0, "Not keys of theme/strings.yml: " + string.Join(", ", unknown));
        Assert.True(unwritten.Count == 0, "No template writes: " + string.Join(", ", unwritten));
    }

    [Fact]
    public void A_reworded_script_word_reaches_the_checklist_page_and_the_session_words_stay_off_exercise_pages_issue_13()
    {
        // Given a theme that words the guided session's back button and the checklist's heading differently
        using var site = new TempSite().NamePeople();
        site.Edit("theme/strings.yml", "guided_back: \"Back\"", "guided_back: \"Retour\"")
            .Edit("theme/strings.yml", "today_heading: \"Today, {day}\"", "today_heading: \"Aujourd'hui, {day}\"");

        var result = site.Build();

        // Then the checklist carries them for its scripts, and an exercise page carries the ticks' words but not the session's
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var checklist = result.Text("checklist/index.html")!;
        Assert.Contains("data-guided-back=\"Retour\"", checklist, StringComparison.Ordinal);
        Assert.Contains("data-today-heading=\"Aujourd&#39;hui, {day}\"", checklist, StringComparison.Ordinal);
        var exercise = result.Text("exercises/glute-bridge/index.html")!;
        Assert.Contains("data-today-heading=", exercise, StringComparison.Ordinal);
        Assert.DoesNotContain("data-guided-back=", exercise, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_16_the_script_words_rendered_once_per_build_are_the_same_on_every_page_and_the_checklist_has_more()
    {
        // Given the real site, whose script words are rendered once per build (partials/script-words.sbn through partial_each)
        using var site = new TempSite().NamePeople();

        // When it is built
        var result = site.Build();

        // Then the home, programme and every exercise page carry the very same words, and the checklist those and its own
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var exercisePages = result.Files.Select(f => f.Path)
            .Where(p => p.StartsWith("exercises/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal) && p.Count(c => c == '/') == 2)
            .Where(p => !result.Text(p)!.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)).ToList();
        Assert.True(exercisePages.Count > 3);
        var words = exercisePages.Append("index.html").Append("programme/index.html").Select(p => RoutineDataWords().Match(result.Text(p)!).Groups[1].Value).Distinct().ToList();
        var page = Assert.Single(words);
        Assert.Contains(" data-today-heading=", page, StringComparison.Ordinal);
        var checklist = RoutineDataWords().Match(result.Text("checklist/index.html")!).Groups[1].Value;
        Assert.StartsWith(page, checklist, StringComparison.Ordinal);
        Assert.Contains(" data-guided-back=", checklist[page.Length..], StringComparison.Ordinal);
    }

    /// <summary>The key of theme/strings.yml: programme-maker.js's say('copied') reads programme_copied.</summary>
    private static string Key(string path, string asked) => Path.GetFileName(path) == "programme-maker.js" ? "programme_" + asked : asked;

    /// <summary>The layout's lists of key prefixes written on #routine-data.</summary>
    [GeneratedRegex(@"script_words[^\n]*\[[^\]]*\]")]
    private static partial Regex ScriptWordsLine();

    /// <summary>The data-* attributes of #routine-data.</summary>
    [GeneratedRegex(@"<script type=""application/json"" id=""routine-data""([^>]*)>")]
    private static partial Regex RoutineDataWords();

    [GeneratedRegex(@"""([a-z_]+)""")]
    private static partial Regex QuotedKey();

    /// <summary>word('key'…) or say('key'…) with the key written out (keys made from parts are left to the browser tests).</summary>
    [GeneratedRegex(@"\b(?:word|say)\('([a-z_]+)'")]
    private static partial Regex AskedKey();
}
