using HamstringBack.Core.Tests.Support;
using HamstringBack.Core.Write;

namespace HamstringBack.Core.Tests;

/// <summary>
/// One case per kind of mistake under Fixtures/Invalid/ (see <see cref="InvalidFixture"/>: a &lt;case&gt;.txtar file
/// or a &lt;case&gt;/ folder): files laid over a copy of the real input/ and theme/ (and delete.txt listing files to
/// remove), with expected.txt holding the exact diagnostics. Set HB_UPDATE_FIXTURES=1 to rewrite expected.txt on
/// purpose after checking the change.
/// </summary>
[LongRunning(0.65)]
public sealed class InvalidInputFixtureTests(FixtureSites sites) : IClassFixture<FixtureSites>
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in InvalidFixture.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_reports_exactly_the_expected_diagnostics_exits_1_and_keeps_the_previous_output(string name)
    {
        // Given an earlier build's output in output/, and a copy of input/ with the case's mistake. The earlier
        // output is a small stamped folder, not a real build (issue 13: a real good build per case took most of the
        // suite's time); A_failed_build_keeps_a_real_earlier_build_untouched builds one for real. The site's theme/
        // is kept from the class's last case when this one leaves it alone (FixtureSites).
        var fixture = InvalidFixture.Load(name);
        using var lease = sites.Take(fixture);
        var site = lease.Site;
        WriteEarlierOutput(site.Output);
        var before = FolderSnapshot.Take(site.Output);

        // When the editor builds
        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);

        // Then the build fails with one located line per problem, no stack trace, and output/ untouched
        var actual = DiagnosticLines(run.Stderr, site.Root);
        if (Environment.GetEnvironmentVariable("HB_UPDATE_FIXTURES") == "1")
        {
            fixture.SaveExpected(actual);
        }

        var expected = Environment.GetEnvironmentVariable("HB_UPDATE_FIXTURES") == "1" ? actual : fixture.Expected;
        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Theory]
    [InlineData("front-matter-not-closed")]
    [InlineData("template-syntax-error")]
    public void A_failed_build_keeps_a_real_earlier_build_untouched(string name)
    {
        // Given a good site already built into output/ (search index included), and the case's mistake
        using var site = new TempSite();
        Assert.Equal(0, CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--quiet").ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind.js")));
        var before = FolderSnapshot.Take(site.Output);
        InvalidFixture.Load(name).ApplyTo(site);

        // When the editor builds, then it fails and every file of the earlier build is still there, unchanged
        var run = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    /// <summary>An earlier build's output in <paramref name="output"/>: a page, a script and the stamp that lists them.</summary>
    internal static void WriteEarlierOutput(string output)
    {
        Directory.CreateDirectory(Path.Combine(output, "js"));
        File.WriteAllText(Path.Combine(output, "index.html"), "<!doctype html><title>An earlier build</title>\n");
        File.WriteAllText(Path.Combine(output, "js", "site.js"), "// an earlier build\n");
        OutputStamp.Write(output);
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
}
