using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace HamstringBack.Browser.Tests;

/// <summary>Issue 6: the Nu HTML Checker (npm vnu-jar, on Java) finds no error in any built page, stylesheet or drawing.</summary>
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class ValidityTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_Nu_HTML_Checker_finds_no_error_or_warning_in_the_built_site()
    {
        var jar = Path.Combine(RepoPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run `npm ci` in the repository");
        // Issue 13 (CI time): Java's quick compiler only (-XX:TieredStopAtLevel=1; the optimising one spent more CPU
        // than it saved on this one pass: 7.6 s of CPU instead of 17.7 s, the same report), which needs a deeper
        // thread stack for vnu's schema (-Xss4m, else StackOverflowError), and one garbage collector thread.
        var start = new ProcessStartInfo("java", ["-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar, "--format", "json", "--stdout", "--verbose", "--skip-non-html", "--also-check-css", "--also-check-svg", fixture.SiteFolder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var checkedFiles = process.StandardError.ReadToEndAsync();
        var json = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        // Errors, and warnings (info with subType "warning"), but not the notes on files skipped (scripts, the index).
        var messages = JsonDocument.Parse(json).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() != "info" || (m.TryGetProperty("subType", out var sub) && sub.GetString() == "warning"))
            .Where(m => !m.GetProperty("message").GetString()!.StartsWith("File was not checked.", StringComparison.Ordinal))
            .Select(m => $"{m.GetProperty("type").GetString()}: {(m.TryGetProperty("url", out var url) ? url.GetString()![(url.GetString()!.IndexOf(fixture.SiteFolder, StringComparison.Ordinal) + 1)..] : string.Empty)}" +
                $"({(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}): {m.GetProperty("message").GetString()}")
            .ToList();
        var files = (await checkedFiles).Split('\n').Where(l => l.Contains(fixture.SiteFolder, StringComparison.Ordinal)).ToList();
        output.WriteLine($"vnu checked {files.Count} files: {files.Count(f => f.EndsWith(".html", StringComparison.Ordinal))} pages, " +
            $"{files.Count(f => f.EndsWith(".css", StringComparison.Ordinal))} stylesheets, {files.Count(f => f.EndsWith(".svg", StringComparison.Ordinal))} drawings");
        // Every HTML file, the pages at renamed exercises' old addresses included (issue 17), which SitePages leaves out.
        Assert.Equal(Directory.EnumerateFiles(fixture.SiteFolder, "*.html", SearchOption.AllDirectories).Count(), files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)));
        Assert.Contains(files, f => f.EndsWith(".css", StringComparison.Ordinal));
        Assert.True(messages.Count == 0, string.Join("\n", messages));
        Assert.Equal(0, process.ExitCode);
    }
}
