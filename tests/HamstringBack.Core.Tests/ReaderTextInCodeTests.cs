using System.Text.RegularExpressions;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 13: no words for readers in C#. Every string literal in src/ that holds words (three in a row, or a word
/// beside a space, or one capitalised word alone; holes of interpolated strings left out) must be a diagnostic (Diagnostics/Errors.cs, or a line that calls Errors or throws), author help
/// (Schema/, and the starter files of Scaffold/), console text of the CLI, or on the allow-list below with its reason. Text a reader sees belongs in
/// input/ or theme/strings.yml.
/// </summary>
public sealed partial class ReaderTextInCodeTests
{
    /// <summary>File (under src/) and the literal's start, with why it may stay.</summary>
    private static readonly (string File, string Literal, string Reason)[] Allowed =
    [
        ("HamstringBack.Core/Figures/PoseChecker.cs", "$\"the left hand rests", "part of a diagnostic about a figure's pose, for authors"),
        ("HamstringBack.Core/Figures/PoseChecker.cs", "$\"it reaches", "part of a diagnostic about a figure's pose, for authors"),
        ("HamstringBack.Core/Load/ExerciseLoader.cs", "\"lower-case letters, digits", "what a file name must be, inside a diagnostic"),
        ("HamstringBack.Core/Load/SafeFolder.cs", "\"a named pipe", "kind of file named inside a diagnostic"),
        ("HamstringBack.Core/Load/SectionLoader.cs", "\"two or more digits", "what a file name must be, inside a diagnostic"),
        ("HamstringBack.Core/Load/SectionLoader.cs", "\"lower-case words joined", "what a file name must be, inside a diagnostic"),
        ("HamstringBack.Core/Load/YamlDocumentLoader.cs", "\"a group of keys", "the type a diagnostic says a value has"),
        ("HamstringBack.Core/Load/YamlFields.cs", "\"list of texts", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/YamlFields.cs", "\"a piece of text", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/YamlFields.cs", "$\"a whole number from", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/YamlFields.cs", "\"a date like", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/YamlFields.cs", "\"a list of people", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/YamlFields.cs", "\"a web address", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/YamlFields.cs", "$\"The schema declares", "a bug message (schema and loader disagree), never shown for content"),
        ("HamstringBack.Core/Model/Credits.cs", "\"d MMMM yyyy\"", "a date format, not words"),
        ("HamstringBack.Core/Model/ReviewDates.cs", "\"d MMMM yyyy\"", "a date format, not words"),
        ("HamstringBack.Core/Render/ServiceWorkerManifest.cs", "\"// Written by the build", "a comment in a script file, not shown"),
        ("HamstringBack.Core/Admin/CmsConfig.cs", "\"# Written by the build", "a comment in the editor's config file, for authors"),
        ("HamstringBack.Core/Write/OutputStamp.cs", "\"# Written by `hamstringback build`", "a stamp file for the writer, not part of the site"),
        ("HamstringBack.Core/Load/SafeFolder.cs", "\"a socket", "kind of file named inside a diagnostic"),
        ("HamstringBack.Core/Load/SafeFolder.cs", "\"a device", "kind of file named inside a diagnostic"),
        ("HamstringBack.Core/Load/YamlDocumentLoader.cs", "\"a list", "the type a diagnostic says a value has"),
        ("HamstringBack.Core/Load/YamlDocumentLoader.cs", "\"something else", "the type a diagnostic says a value has"),
        ("HamstringBack.Core/Load/YamlDocumentLoader.cs", "\"While ", "YamlDotNet's message, reworded for a diagnostic"),
        ("HamstringBack.Core/Load/YamlDocumentLoader.cs", "\"while reading", "YamlDotNet's message, reworded for a diagnostic"),
        ("HamstringBack.Core/Load/YamlDocumentLoader.cs", "\"quoted scalar", "YamlDotNet's message, matched for a diagnostic"),
        ("HamstringBack.Core/Load/YamlFields.cs", "\"whole number", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/YamlFields.cs", "\"some text", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/YamlFields.cs", "\"one word", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/YamlFields.cs", "$\"one of {string.Join(\"", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/YamlFields.cs", "\", choices.Keys)}\"", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/DoseRangeLoader.cs", "\"ranges like", "the type a diagnostic expects"),
        ("HamstringBack.Core/Figures/FrameLoader.cs", "\"a frame:", "the type a diagnostic expects"),
        ("HamstringBack.Core/Figures/FrameLoader.cs", "\"joint angles", "the type a diagnostic expects"),
        ("HamstringBack.Core/Figures/FrameLoader.cs", "\"an arrow:", "the type a diagnostic expects"),
        ("HamstringBack.Core/Load/SvgChecker.cs", "\"style sheet", "what a diagnostic names in a picture"),
        ("HamstringBack.Core/Load/SvgChecker.cs", "@\"\\s*Line", "a pattern matching the XML reader's message, not words"),
        ("HamstringBack.Core/Write/OutputFolder.cs", "\"lies inside", "part of a diagnostic about the output folder"),
        ("HamstringBack.Core/Admin/CmsConfig.cs", "\"Settings\"", "a label in the browser editor, for authors"),
        ("HamstringBack.Core/Check/LinkChecker.cs", "\"a[href], link[href]", "a CSS selector, not words"),
        ("HamstringBack.Core/Figures/FigureSvg.cs", "\"Arial, Helvetica", "a font list, not words"),
        ("HamstringBack.Core/Figures/FigureSvg.cs", "$\"translate(", "an SVG transform, not words"),
        ("HamstringBack.Core/Figures/ExerciseFigures.cs", "$\"figures/", "a file name (the scan splits its inner quotes)"),
        ("HamstringBack.Core/Cards/CardSheetsView.cs", "\"paper-any up-1", "CSS classes, not words"),
        ("HamstringBack.Core/Cards/CardSheetsView.cs", "$\"paper-{", "CSS classes, not words"),
        ("HamstringBack.Core/Render/StructuredData.cs", "\"Person\"", "a schema.org type, not words"),
        ("HamstringBack.Core/Render/StructuredData.cs", "\"Organization\"", "a schema.org type, not words"),
        ("HamstringBack.Core/Render/StructuredData.cs", "\"Patient\"", "a schema.org audience type, not words"),
        ("HamstringBack.Core/Model/ReviewDates.cs", "\"MMM yyyy\"", "a date format, not words"),
    ];

    [Fact]
    public void No_string_literal_in_src_holds_words_for_readers()
    {
        var found = Literals().Where(l => !Allowed.Any(a => a.File == l.File && l.Literal.StartsWith(a.Literal, StringComparison.Ordinal)))
            .Select(l => $"src/{l.File}:{l.Line}: {l.Literal}")
            .ToList();

        Assert.True(found.Count == 0, "Words for readers belong in input/ or theme/strings.yml, not in C#:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Every_allowed_literal_is_still_in_src()
    {
        var literals = Literals().ToList();

        var stale = Allowed.Where(a => !literals.Any(l => l.File == a.File && l.Literal.StartsWith(a.Literal, StringComparison.Ordinal))).ToList();

        Assert.True(stale.Count == 0, "Remove from the allow-list: " + string.Join(", ", stale.Select(a => a.Literal)));
    }

    /// <summary>
    /// The theme's scripts (issue 13): their words for readers come from theme/strings.yml through data-* attributes
    /// that the templates write, so none of their literals may hold words. theme/admin/ is left out: its script and
    /// the Decap CMS it loads are for authors, in the editor.
    /// </summary>
    private static IEnumerable<string> Scripts() =>
        new[] { "theme/static/js", "theme/static", "theme/assets" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.js", SearchOption.TopDirectoryOnly))
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>Literals of <see cref="Scripts"/> that look like words but are not, with why.</summary>
    private static readonly (string File, string Literal, string Reason)[] ScriptLiteralsAllowed =
    [
        ("theme/assets/cards.js", "\"use strict\"", "a directive, not words"),
        ("theme/assets/cards.js", "\"sheet-thumb paper-\"", "CSS classes, not words"),
        ("theme/assets/cards.js", "\"slot up-\"", "CSS classes, not words"),
        ("theme/static/js/checklist.js", "'note store-note'", "CSS classes, not words"),
        ("theme/static/js/guided.js", "'secondary g-close'", "CSS classes, not words"),
        ("theme/static/js/guided.js", "'g-frame '", "CSS classes, not words"),
        ("theme/static/js/guided.js", "'g-big '", "CSS classes, not words"),
        ("theme/static/js/ics.js", "'PRODID:-//HamstringBack//Daily checklist//EN'", "the calendar file's product id, which calendars do not show"),
        ("theme/static/js/programme-code.js", "`${u}One`", "the key of a dose word (data-seconds-one), not words"),
        ("theme/static/js/programme-code.js", "`${u}Many`", "the key of a dose word (data-seconds-many), not words"),
        ("theme/static/js/programme-code.js", "`[data-card=\"${CSS.escape(id)}\"] .card-frame:last-child svg`", "a CSS selector, not words"),
        ("theme/static/js/programme-maker.js", "'field wide'", "CSS classes, not words"),
        ("theme/static/js/programme-maker.js", "`programme${p.name ? '-' + p.name.replace(/[^\\p{L}\\p{N}]+/gu, '-') : ''}.json`", "a file name (the scan ends the hole at the pattern's first brace)"),
        ("theme/static/js/programme-print.js", "'card-sheets '", "CSS classes, not words"),
        ("theme/static/js/programme-print.js", "'.card-dose dd'", "a CSS selector, not words"),
        ("theme/static/js/programme-print.js", "'.card-dose dt:nth-of-type(3)'", "a CSS selector, not words"),
        ("theme/static/js/programme-print.js", "'card-notes card-for'", "CSS classes, not words"),
        ("theme/static/js/programme-print.js", "'card-notes card-note'", "CSS classes, not words"),
        ("theme/static/js/programme-print.js", "'card-log programme-log'", "CSS classes, not words"),
        ("theme/static/js/programme.js", "'note programme-refused'", "CSS classes, not words"),
        ("theme/static/js/programme.js", "'programme-banner note'", "CSS classes, not words"),
        ("theme/static/js/progress.js", "`M${x - 8} ${y + 8}L${x + 8} ${y - 8}V${y + 8}Z`", "an SVG path, not words"),
        ("theme/static/js/today.js", "'set side-'", "CSS classes, not words"),
        ("theme/static/js/today.js", "'secondary all'", "CSS classes, not words"),
        ("theme/static/js/today.js", "'secondary guide-one'", "CSS classes, not words"),
        ("theme/static/js/transfer.js", "'date,item,'", "the start of the CSV's header row, which an import matches: column names, not words"),
    ];

    [Fact]
    public void No_string_literal_in_the_theme_scripts_holds_words_for_readers()
    {
        var found = Scripts().SelectMany(ScriptLiterals)
            .Where(l => !ScriptLiteralsAllowed.Any(a => a.File == l.File && a.Literal == l.Literal))
            .Select(l => $"{l.File}:{l.Line}: {l.Literal}")
            .ToList();

        Assert.True(found.Count == 0, "Words for readers belong in theme/strings.yml, passed to the script as data-* attributes:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_scan_reads_every_theme_script_and_each_allowed_script_literal_is_still_there()
    {
        var scripts = Scripts().ToList();
        var literals = scripts.SelectMany(ScriptLiterals).ToList();

        Assert.Contains("theme/static/js/guided.js", scripts);
        Assert.Contains("theme/static/sw.js", scripts);
        Assert.Contains("theme/assets/cards.js", scripts);
        var stale = ScriptLiteralsAllowed.Where(a => !literals.Any(l => l.File == a.File && l.Literal == a.Literal)).ToList();
        Assert.True(stale.Count == 0, "Remove from the allow-list: " + string.Join(", ", stale.Select(a => a.Literal)));
    }

    /// <summary>The string and template literals of a script (holes left out) that hold words, comments skipped.</summary>
    private static IEnumerable<(string File, int Line, string Literal)> ScriptLiterals(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, file));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = ScriptComment().Replace(lines[i].Trim(), string.Empty);
            foreach (Match literal in ScriptLiteralPattern().Matches(line))
            {
                var words = ScriptHoles().Replace(literal.Value, string.Empty).Replace('\'', '"').Replace('`', '"');
                if (HoldsWords(words) || WordBeforePunctuation().IsMatch(words))
                {
                    yield return (file, i + 1, literal.Value);
                }
            }
        }
    }

    private static IEnumerable<(string File, int Line, string Literal)> Literals()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        foreach (var path in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(src, path).Replace('\\', '/');
            if (Skipped(file))
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("//", StringComparison.Ordinal) || line.Contains("Errors.", StringComparison.Ordinal) || line.Contains("throw new", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match literal in LiteralPattern().Matches(line))
                {
                    if (HoldsWords(Holes().Replace(literal.Value, string.Empty)))
                    {
                        yield return (file, i + 1, literal.Value);
                    }
                }
            }
        }
    }

    private static bool Skipped(string file) =>
        file.Contains("/obj/", StringComparison.Ordinal) || file.Contains("/bin/", StringComparison.Ordinal) ||
        file == "HamstringBack.Core/Diagnostics/Errors.cs" ||           // every diagnostic's wording
        file.StartsWith("HamstringBack.Core/Schema/", StringComparison.Ordinal) || // help for authors, declared once
        file.StartsWith("HamstringBack.Core/Scaffold/", StringComparison.Ordinal) || // `new` starter files: notes to authors, replaced before publishing
        file.StartsWith("HamstringBack.Cli/", StringComparison.Ordinal);   // console and usage text

    /// <summary>
    /// Three words in a row; or a word beside a space (" each leg", "Hold ", "Moving stretch": issue 13, the dose
    /// words had none of three and were missed); or one capitalised word alone ("Stretch").
    /// </summary>
    private static bool HoldsWords(string literal) =>
        ThreeWords().IsMatch(literal) || WordBesideSpace().IsMatch(literal) || CapitalisedWord().IsMatch(literal);

    [GeneratedRegex(@"\$?@?""(?:[^""\\]|\\.)*""")]
    private static partial Regex LiteralPattern();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Holes();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|`(?:[^`\\]|\\.)*`")]
    private static partial Regex ScriptLiteralPattern();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex ScriptHoles();

    [GeneratedRegex(@"(^|\s)//\s.*$")]
    private static partial Regex ScriptComment();

    /// <summary>A word before punctuation that ends a phrase ("Note: ", "Today, ", "Paused.", "Searching…"): issue 13, the
    /// scripts' labels before a value had no space beside a word.</summary>
    [GeneratedRegex(@"[A-Za-z][a-z]+[,.:;!?…](?: |""$)")]
    private static partial Regex WordBeforePunctuation();

    [GeneratedRegex("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+")]
    private static partial Regex ThreeWords();

    [GeneratedRegex("[A-Za-z][a-z]+ | [A-Za-z][a-z]+")]
    private static partial Regex WordBesideSpace();

    [GeneratedRegex(@"^\$?@?""[A-Z][a-z]+""$")]
    private static partial Regex CapitalisedWord();
}
