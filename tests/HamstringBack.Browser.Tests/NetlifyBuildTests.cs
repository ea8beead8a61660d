using System.Diagnostics;
using HamstringBack.Cli.Serve;
using HamstringBack.Core.Tests.Support;
using Xunit.Abstractions;

namespace HamstringBack.Browser.Tests;

[LongRunning(2.0)]
[Trait("Category", "Slow")] // drives Chromium (issue 13: the fast lane runs no browser)
public sealed class NetlifyBuildTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string PreviewUrl = "https://deploy-preview-1--hamstringback.netlify.app";

    [Fact(Timeout = TestTimeout.Browser)]
    [Trait("Category", "Slow")] // compiles the CLI in Release (reused when `.ci/run` built the tests in Release)
    public async Task The_netlify_build_command_builds_a_deploy_preview_whose_pages_raise_no_CSP_violation()
    {
        var netlify = NetlifyConfig.Load(Path.Combine(RepoPaths.Root, "netlify.toml"));
        var site = Path.Combine(Path.GetTempPath(), "hb-netlify-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Given Netlify's environment for a deploy preview, when its build command runs
            int code;
            string log;
            using (await ReleaseBuildTurn.TakeAsync())
            {
                (code, log) = await RunAsync(netlify.BuildCommand, new()
                {
                    ["CONTEXT"] = "deploy-preview",
                    ["DEPLOY_PRIME_URL"] = PreviewUrl,
                    ["URL"] = "https://hamstringback.netlify.app",
                    ["HB_OUTPUT"] = site,
                });
            }

            Assert.True(code == 0, log);
            Assert.Equal("output", netlify.Publish);

            // Then the site is built for the deploy preview's address
            var home = await File.ReadAllTextAsync(Path.Combine(site, "index.html"));
            Assert.Contains($"<link rel=\"canonical\" href=\"{PreviewUrl}/\">", home);
            Assert.Contains($"<loc>{PreviewUrl}/stretching/</loc>", await File.ReadAllTextAsync(Path.Combine(site, "sitemap.xml")));

            // And served with netlify.toml's headers, no page breaks the Content-Security-Policy
            await using var server = await StaticSiteServer.StartAsync(site, headersFor: netlify.HeadersFor);
            var (page, errors) = await fixture.NewPageAsync(BrowserFixture.WithServiceWorker(new()));
            var problems = await PageProblems.WatchAsync(page);
            // The browser editor (admin/) looks for decap-server on this computer and fails to connect without it;
            // AdminEditorTests opens it with decap-server running, under the same headers.
            var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
                .Where(p => !p.StartsWith("admin/", StringComparison.Ordinal))
                .Select(p => p == "index.html" ? string.Empty : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var path in pages)
            {
                var response = await page.GotoAsync(new Uri(server.Address, path).ToString());
                Assert.Equal(netlify.HeadersFor("/" + path)["Content-Security-Policy"], await response!.HeaderValueAsync("content-security-policy"));
                await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            }

            output.WriteLine($"Visited {pages.Count} pages: {string.Join(", ", pages.Select(p => "/" + p))}");
            Assert.True(pages.Count >= 10);
            Assert.Empty(problems.Messages);
            Assert.Empty(errors);
            await page.Context.CloseAsync();
        }
        finally
        {
            if (Directory.Exists(site))
            {
                Directory.Delete(site, recursive: true);
            }
        }
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_page_with_inline_script_and_style_raises_CSP_violations_under_these_headers()
    {
        var netlify = NetlifyConfig.Load(Path.Combine(RepoPaths.Root, "netlify.toml"));
        var site = Directory.CreateTempSubdirectory("hb-csp-").FullName;
        await File.WriteAllTextAsync(Path.Combine(site, "index.html"),
            "<!doctype html><title>t</title><p style=\"color: red\">x</p><script>document.title = 'ran'</script>");
        await using var server = await StaticSiteServer.StartAsync(site, headersFor: netlify.HeadersFor);
        var (page, _) = await fixture.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);

        await page.GotoAsync(server.Address.ToString());
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.Equal("t", await page.TitleAsync());
        Assert.Contains(problems.Messages, m => m.Contains("CSP violation: script-src-elem", StringComparison.Ordinal));
        Assert.Contains(problems.Messages, m => m.Contains("CSP violation: style-src-attr", StringComparison.Ordinal));
        await page.Context.CloseAsync();
        Directory.Delete(site, recursive: true);
    }

    private static async Task<(int Code, string Log)> RunAsync(string command, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", ["-c", command])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(8));
        return (process.ExitCode, await stdout + await stderr);
    }
}
