using System.Text.RegularExpressions;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 13: no words for readers in C#. Every string literal in src/ that holds three words or more (letters and
/// spaces) must be a diagnostic (Diagnostics/Errors.cs, or a line that calls Errors or throws), author help
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
        // Reader text not moved yet (issue 13); each needs a home in input/ or theme/strings.yml.
        ("HamstringBack.Core/Render/Views/ExerciseViewFactory.cs", "\"Once a day\"", "not moved yet: dose words"),
        ("HamstringBack.Core/Render/Views/ExerciseViewFactory.cs", "\"Twice a day\"", "not moved yet: dose words"),
        ("HamstringBack.Core/Render/Views/ExerciseViewFactory.cs", "$\"{n} times a day\"", "not moved yet: dose words"),
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
                    if (ThreeWords().IsMatch(Holes().Replace(literal.Value, string.Empty)))
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

    [GeneratedRegex(@"\$?@?""(?:[^""\\]|\\.)*""")]
    private static partial Regex LiteralPattern();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Holes();

    [GeneratedRegex("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+")]
    private static partial Regex ThreeWords();
}
