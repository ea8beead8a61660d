using System.Text.RegularExpressions;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>Every error code the generator can report is exercised by at least one test or fixture (issue 8).</summary>
public sealed partial class ErrorCodeCoverageTests
{
    [Fact]
    public void Every_code_in_Errors_cs_has_a_test_or_fixture()
    {
        var codes = Code().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "HamstringBack.Core", "Diagnostics", "Errors.cs")))
            .Select(m => m.Value).Distinct().ToList();
        var testText = string.Join("\n", Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith("expected.txt", StringComparison.Ordinal) || f.EndsWith(".txtar", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(nameof(ErrorCodeCoverageTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        Assert.True(codes.Count > 30, $"only {codes.Count} codes found");
        var untested = codes.Where(code => !testText.Contains(code, StringComparison.Ordinal)).ToList();
        Assert.True(untested.Count == 0, "No test for: " + string.Join(", ", untested));
    }

    [GeneratedRegex("HB[0-9]{4}")]
    private static partial Regex Code();
}
