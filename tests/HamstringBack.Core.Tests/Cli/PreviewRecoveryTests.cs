using System.Diagnostics;
using HamstringBack.Cli.Preview;
using HamstringBack.Core.Scaffold;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Cli;

/// <summary>
/// Issue 12: the preview never dies silently and keeps watching. Each test runs the real preview server and
/// watches what it serves over HTTP, and what its event stream tells the page's overlay.
/// </summary>
public sealed class PreviewRecoveryTests
{
    private static readonly string NetlifyToml = Path.Combine(RepoPaths.Root, "netlify.toml");

    [Theory]
    [InlineData("moved away and back")]
    [InlineData("deleted and copied back")]
    public async Task Preview_keeps_watching_input_after_the_folder_goes_and_comes_back_issue_12(string how)
    {
        using var site = new TempSite();
        var log = TextWriter.Synchronized(new StringWriter());
        await using var preview = await PreviewServer.StartAsync(new PreviewOptions(site.Input, site.Theme, 0, NetlifyToml), log, log);
        using var http = new HttpClient();
        var page = new Uri(preview.Address, "stretching/");
        await using var events = new PreviewEventStream(page);
        await WaitForPageAsync(http, page, html => html.Contains("<h1>Stretching</h1>", StringComparison.Ordinal));
        var away = Path.Combine(site.Root, "away");

        // Given input/ goes away (a `git stash`, a `mv`), the overlay says so
        if (how == "moved away and back")
        {
            Directory.Move(site.Input, away);
        }
        else
        {
            TempSite.Copy(site.Input, away);
            Directory.Delete(site.Input, recursive: true);
        }

        await events.WaitForAsync("problems", p => p.Contains("error HB0001", StringComparison.Ordinal));

        // When it comes back, the problem clears
        if (how == "moved away and back")
        {
            Directory.Move(away, site.Input);
        }
        else
        {
            TempSite.Copy(away, site.Input);
        }

        await events.WaitForAsync("clear", _ => true);

        // Then an edit after its return is served
        site.Edit("input/sections/04-stretching.md", "title: Stretching", "title: Stretching again");
        await WaitForPageAsync(http, page, html => html.Contains("<h1>Stretching again</h1>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preview_shows_an_exception_in_a_rebuild_as_a_problem_and_recovers_at_the_next_save_issue_12()
    {
        using var site = new TempSite();
        var text = new StringWriter();
        var log = TextWriter.Synchronized(text);
        await using var preview = await PreviewServer.StartAsync(new PreviewOptions(site.Input, site.Theme, 0, NetlifyToml), log, log);
        using var http = new HttpClient();
        var page = new Uri(preview.Address, "about/");
        await using var events = new PreviewEventStream(page);
        await WaitForPageAsync(http, page, html => html.Contains("</html>", StringComparison.Ordinal));

        // Given a rebuild throws (a bug, a file the system refuses to read)
        var failing = true;
        preview.StageStarted = stage =>
        {
            if (stage == "assemble" && Volatile.Read(ref failing))
            {
                throw new InvalidOperationException("Something unexpected went wrong in the assemble stage.");
            }
        };
        site.Edit("input/pages/about.md", "title: About this site", "title: Our site");

        // Then the overlay and the terminal show it, located, without a stack trace
        var shown = await events.WaitForAsync("problems", p => p.Contains("error HB0060", StringComparison.Ordinal));
        Assert.Equal(
            $"{site.Input.Replace('\\', '/')}(1,1): error HB0060: The preview could not finish this build: Something unexpected went wrong " +
            "in the assemble stage. It is still watching: fix or remove what is named here and save, and it builds again.",
            shown);
        // The overlay's event and the terminal line are written one after the other, in either order: wait for both
        var clock = Stopwatch.StartNew();
        while (!text.ToString().Contains(shown, StringComparison.Ordinal) && clock.ElapsedMilliseconds < 10000)
        {
            await Task.Delay(50);
        }

        Assert.Contains(shown, text.ToString());
        Assert.DoesNotContain("   at ", text.ToString());

        // When the next save builds, the site is served again and the overlay clears
        Volatile.Write(ref failing, false);
        site.Edit("input/pages/about.md", "title: Our site", "title: All about this site");
        await events.WaitForAsync("clear", _ => true);
        await WaitForPageAsync(http, page, html => html.Contains("<h1>All about this site</h1>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preview_serves_the_site_as_it_is_on_disk_after_a_file_vanishes_during_a_rebuild_issue_12()
    {
        using var site = new TempSite();
        var text = new StringWriter();
        var log = TextWriter.Synchronized(text);
        await using var preview = await PreviewServer.StartAsync(new PreviewOptions(site.Input, site.Theme, 0, NetlifyToml), log, log);
        using var http = new HttpClient();
        var gone = new Uri(preview.Address, "extra-notes/");
        var file = Path.Combine(site.Input, "sections/06-extra-notes.md");
        File.WriteAllText(file, StarterFiles.Section("Extra notes", 6, new DateOnly(2026, 11, 20)).Text);
        await WaitForStatusAsync(http, gone, System.Net.HttpStatusCode.OK);
        await using var events = new PreviewEventStream(new Uri(preview.Address, "about/"));

        // Given a file is deleted while a rebuild reads the input: the reader listed it, then finds it gone
        var vanish = 1;
        preview.StageStarted = stage =>
        {
            if (stage == "read" && Interlocked.Exchange(ref vanish, 0) == 1)
            {
                File.Delete(file);
                throw new FileNotFoundException($"Could not find file '{file}'.", file);
            }
        };
        site.Edit("input/sections/04-stretching.md", "title: Stretching", "title: Stretching now");

        // Then the site served is the one on disk now: the page is gone, no stale copy, no problem shown
        await WaitForStatusAsync(http, gone, System.Net.HttpStatusCode.NotFound);
        await WaitForPageAsync(http, new Uri(preview.Address, "stretching/"), html => html.Contains("<h1>Stretching now</h1>", StringComparison.Ordinal));
        Assert.DoesNotContain(events.Events, e => e.Name == "problems");
        Assert.DoesNotContain("HB0060", text.ToString());
    }

    internal static async Task WaitForPageAsync(HttpClient http, Uri page, Func<string, bool> match, int timeoutMs = 10000)
    {
        var clock = Stopwatch.StartNew();
        var html = string.Empty;
        while (clock.ElapsedMilliseconds < timeoutMs)
        {
            html = await http.GetStringAsync(page);
            if (match(html))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"{page} did not change as expected in {timeoutMs} ms; it serves:\n{html[..Math.Min(html.Length, 2000)]}");
    }

    internal static async Task WaitForStatusAsync(HttpClient http, Uri page, System.Net.HttpStatusCode status, int timeoutMs = 10000)
    {
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < timeoutMs)
        {
            using var response = await http.GetAsync(page);
            if (response.StatusCode == status)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"{page} did not answer {status} within {timeoutMs} ms.");
    }
}
