using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// One folder per kind of mistake under Fixtures/Invalid/&lt;case&gt;/: files laid over a copy of the real
/// input/ and theme/ (and delete.txt listing files to remove), with expected.txt holding the exact
/// diagnostics. Set HB_UPDATE_FIXTURES=1 to rewrite expected.txt on purpose after checking the change.
/// </summary>
public sealed class InvalidInputFixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(RepoPaths.Fixtures, "Invalid")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_reports_exactly_the_expected_diagnostics_exits_1_and_keeps_the_previous_output(string name)
    {
        // Given a good site already built into output/, and a copy of input/ with the case's mistake
        var folder = Path.Combine(RepoPaths.Fixtures, "Invalid", name);
        using var site = new TempSite();
        Assert.Equal(0, CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--quiet").ExitCode);
        var before = FolderSnapshot.Take(site.Output);
        Apply(folder, site);

        // When the editor builds
        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);

        // Then the build fails with one located line per problem, no stack trace, and output/ untouched
        var actual = DiagnosticLines(run.Stderr, site.Root);
        var expectedFile = Path.Combine(RepoPaths.Root, "tests", "HamstringBack.Core.Tests", "Fixtures", "Invalid", name, "expected.txt");
        if (Environment.GetEnvironmentVariable("HB_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(expectedFile, string.Join("\n", actual) + "\n");
        }

        var expected = File.ReadAllLines(expectedFile).Where(l => l.Length > 0).ToList();
        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    /// <summary>
    /// The error and warning lines of <paramref name="stderr"/>, paths made relative to <paramref name="root"/>; without
    /// the real site.yml's "person has no name yet" warnings (HB0801, issue 17), which every copy of it repeats until
    /// real people are named (PeopleTests covers them).
    /// </summary>
    internal static List<string> DiagnosticLines(string stderr, string root) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.Contains(": error HB", StringComparison.Ordinal) || l.Contains(": warning HB", StringComparison.Ordinal))
            .Where(l => !(l.Contains("input/site.yml(", StringComparison.Ordinal) && l.Contains(": warning HB0801:", StringComparison.Ordinal)))
            .Select(l => l.Replace(root + "/", string.Empty, StringComparison.Ordinal))
            .ToList();

    /// <summary>Lays the case in <paramref name="folder"/> over <paramref name="site"/>.</summary>
    internal static void Apply(string folder, TempSite site)
    {
        foreach (var sub in new[] { "input", "theme" })
        {
            var overlay = Path.Combine(folder, sub);
            if (Directory.Exists(overlay))
            {
                TempSite.Copy(overlay, Path.Combine(site.Root, sub));
            }
        }

        var deletes = Path.Combine(folder, "delete.txt");
        if (File.Exists(deletes))
        {
            foreach (var line in File.ReadAllLines(deletes).Where(l => l.Length > 0))
            {
                site.Delete(line);
            }
        }
    }
}
