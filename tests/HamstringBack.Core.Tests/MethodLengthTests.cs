using System.Text.RegularExpressions;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 13: no method in src/ is over 40 lines, from its declaration to its closing brace. A scan of the braces
/// (the code is in Allman style: a member's braces stand alone on lines at the declaration's indent), not a parser.
/// Every method once longer has been split into named steps; none may grow past the limit again.
/// </summary>
public sealed partial class MethodLengthTests
{
    private const int MaxLines = 40;

    [Fact]
    public void No_method_in_src_is_over_40_lines()
    {
        var tooLong = Methods().Where(m => m.Lines > MaxLines)
            .Select(m => $"src/{m.File}:{m.Line}: {m.Name} has {m.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, $"Split these into named steps of at most {MaxLines} lines:\n" + string.Join("\n", tooLong));
    }

    private static IEnumerable<(string File, string Name, int Line, int Lines)> Methods()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        foreach (var path in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(src, path).Replace('\\', '/');
            if (file.Contains("/obj/", StringComparison.Ordinal) || file.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            for (var open = 1; open < lines.Length; open++)
            {
                if (lines[open].Trim() == "{" && Declaration(lines, open) is { } start && Method().Match(lines[start]) is { Success: true } m)
                {
                    var indent = Indent(lines[open]);
                    var close = Array.FindIndex(lines, open + 1, l => l.Trim() == "}" && Indent(l) == indent);
                    yield return (file, m.Groups["name"].Value, start + 1, close - start + 1);
                }
            }
        }
    }

    /// <summary>The line a brace opens the body of: the nearest line above at the brace's indent (parameters may run over lines between).</summary>
    private static int? Declaration(string[] lines, int open)
    {
        var indent = Indent(lines[open]);
        for (var i = open - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length > 0 && Indent(lines[i]) <= indent)
            {
                return Indent(lines[i]) == indent ? i : null;
            }
        }

        return null;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>A method or constructor declaration: modifiers, a return type, a name and an opening parenthesis, no initializer.</summary>
    [GeneratedRegex(@"^(?!.*=>)(?!.*\b(?:class|record|struct|interface|enum)\b)\s*(?:(?:public|private|internal|protected|static|async|override|sealed|virtual|unsafe|extern|new|partial)\s+)+(?:[\w<>\[\]?,.() ]+\s+)?(?<name>\w+)(?:<[^>]*>)?\(")]
    private static partial Regex Method();
}
