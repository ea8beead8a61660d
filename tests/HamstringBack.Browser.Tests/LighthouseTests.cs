using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HamstringBack.Cli.Serve;
using Xunit.Abstractions;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 6: Lighthouse (npm lighthouse 12.2.3, its default mobile preset with simulated slow 4G and CPU) scores
/// 100 in accessibility, best practices and SEO on one page of each main kind, served with the site's headers,
/// and at least 95 in performance. Performance is 100 on an idle machine, but Lighthouse times the page's CPU
/// work (blocking time, paint) on this one, which other jobs share: a busy run scores 96–99, and the first run
/// after a build sometimes 84 (580 ms of blocking time while the disk cache is cold). A page scoring under 95 is run
/// again, up to three runs, and the best one counts; a page at 95 or more is not run again (issue 13: CI time; the
/// re-runs of pages already passing took most of this class's 214 s). About 15 s a run.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(BrowserCollection.Run, BrowserCollection.Alone)]
[Trait("Category", "Slow")]
public sealed class LighthouseTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    private const double LeastPerformance = 0.95;

    /// <summary>At most this many runs of a page whose performance is under <see cref="LeastPerformance"/>; the best one counts.</summary>
    private const int Runs = 3;

    [Theory(Timeout = TestTimeout.Browser)]
    [InlineData("")]
    [InlineData("stretching/")]
    [InlineData("exercises/glute-bridge/")]
    [InlineData("cards/")]
    [InlineData("checklist/")]
    public async Task The_page_scores_100_in_every_Lighthouse_category(string path)
    {
        await using var server = await StaticSiteServer.StartAsync(fixture.SiteFolder, headersFor: SitePages.Headers);
        var url = new Uri(server.Address, path).ToString();

        var (scores, below) = await RunAsync(url);
        for (var run = 2; run <= Runs && scores["performance"] < LeastPerformance; run++)
        {
            output.WriteLine($"run {run - 1}: {string.Join("; ", below)}");
            var (again, belowAgain) = await RunAsync(url);
            (scores, below) = again["performance"] > scores["performance"] ? (again, belowAgain) : (scores, below);
        }

        output.WriteLine($"/{path}: " + string.Join(", ", Categories.Select(c => $"{c} {scores[c] * 100:0}")));
        foreach (var (name, score) in scores)
        {
            Assert.True(score >= (name == "performance" ? LeastPerformance : 1), string.Join("\n", below));
        }
    }

    /// <summary>Each category's score (0–1), and the category and failing audits of every score below 1.</summary>
    private static async Task<(Dictionary<string, double> Scores, List<string> Below)> RunAsync(string url)
    {
        var cli = Path.Combine(RepoPaths.Root, "node_modules", "lighthouse", "cli", "index.js");
        Assert.True(File.Exists(cli), $"{cli} is missing: run `npm ci` in the repository");
        var profile = Directory.CreateTempSubdirectory("hb-lighthouse-");
        var flags = string.Join(' ', BrowserFixture.ChromiumArgs.Prepend("--headless").Append($"--user-data-dir={profile.FullName}"));
        var start = new ProcessStartInfo("node", [cli, url, "--quiet", "--output=json", "--output-path=stdout",
            "--only-categories=" + string.Join(',', Categories), "--chrome-flags=" + flags])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CHROME_PATH"] = BrowserFixture.ChromiumPath;

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var json = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        profile.Delete(recursive: true);
        Assert.True(process.ExitCode == 0 && json.Length > 0, $"lighthouse exited with {process.ExitCode}: {await errors}");

        using var report = JsonDocument.Parse(json);
        var audits = report.RootElement.GetProperty("audits");
        var scores = new Dictionary<string, double>();
        var below = new List<string>();
        foreach (var category in report.RootElement.GetProperty("categories").EnumerateObject())
        {
            var score = category.Value.GetProperty("score").GetDouble();
            scores[category.Name] = score;
            if (score < 1)
            {
                var failing = category.Value.GetProperty("auditRefs").EnumerateArray()
                    .Where(r => r.GetProperty("weight").GetDouble() > 0)
                    .Select(r => audits.GetProperty(r.GetProperty("id").GetString()!))
                    .Where(a => a.GetProperty("score").ValueKind == JsonValueKind.Number && a.GetProperty("score").GetDouble() < 1)
                    .Select(a => $"{a.GetProperty("id").GetString()} {a.GetProperty("score").GetDouble().ToString(CultureInfo.InvariantCulture)}" +
                        (a.TryGetProperty("displayValue", out var value) ? $" ({value.GetString()})" : string.Empty));
                below.Add($"{category.Name} {score * 100:0}: {string.Join(", ", failing)}");
            }
        }

        Assert.Equal(Categories.Order(), scores.Keys.Order());
        return (scores, below);
    }
}
