using HamstringBack.Core.Tests.Support;
using HamstringBack.Core;
using HamstringBack.Cli.Preview;
using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 18: the browser editor at /admin/ (Decap CMS) edits a temporary copy of the site through decap-server,
/// served by `preview` with netlify.toml's headers (so with /admin/'s own Content-Security-Policy). The copy, the
/// servers and the browser are the class's (<see cref="EditorSite"/>); a test that changes the copy checks only its
/// own change, and the others read entries it leaves as they are. The tests share one editor page (issue 13: CI time;
/// each load compiles the 6.5 MB Decap bundle), which each test finds back at the exercises' list. Nothing here is
/// timed, so the class runs beside the others (issue 13), on its own Chromium; no route is left on the editor's
/// context once the editor has read its configuration, so closing it never waits on a route handler.
/// </summary>
[LongRunning(0.9)]
[Trait("Category", "Slow")]
public sealed class AdminEditorTests(EditorSite editor, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<EditorSite>
{
    /// <summary>
    /// The longest any one browser call may take here. Calls that Playwright does not time out itself (typing, opening
    /// and closing a context) are bounded by it and named in the failure, so a stuck call fails in 90 s with its step,
    /// not at the test's 10-minute limit without one (issue 13).
    /// </summary>
    private static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(90);

    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task Editing_reps_and_a_section_in_the_browser_writes_files_that_build_with_no_new_diagnostics_issue_18()
    {
        // Given the editor, signed in to decap-server, on a copy of the site
        var before = Build();
        var exercise = editor.Site.Read("input/exercises/glute-bridge.yml");
        var section = editor.Site.Read("input/sections/04-stretching.md");
        var (page, problems) = await SharedEditorAsync();

        // When an exercise's reps are changed and published
        await page.GotoAsync(Url("admin/#/collections/exercises/entries/glute-bridge"));
        var reps = page.Locator("input[id^='reps-field']").First;
        await Assertions.Expect(reps).ToHaveValueAsync("10", new() { Timeout = 90_000 });
        await reps.FillAsync("12");
        await PublishAsync(page);
        await UntilAsync(() => editor.Site.Read("input/exercises/glute-bridge.yml").Contains("\nreps: 12\n", StringComparison.Ordinal));

        // And a section's text gets a new last paragraph (the editor back at its list first, as a new test finds it)
        Assert.Empty(problems.Messages);
        var (sectionPage, sectionProblems) = await SharedEditorAsync();
        await sectionPage.GotoAsync(Url("admin/#/collections/sections/entries/04-stretching"));
        var body = sectionPage.Locator("[data-slate-editor='true']").First;
        // Typing only once the entry's text is in the editor (else loading it replaces what was typed), and
        // publishing only once the editor holds the new text
        await Assertions.Expect(body).ToContainTextAsync("Before you start", new() { Timeout = 90_000 });
        await body.Locator("[data-slate-node='element']").Last.ClickAsync();
        await StepAsync(sectionPage.Keyboard.PressAsync("Control+End"), "press Control+End");
        await StepAsync(sectionPage.Keyboard.PressAsync("End"), "press End");
        await StepAsync(sectionPage.Keyboard.PressAsync("Enter"), "press Enter");
        await StepAsync(sectionPage.Keyboard.PressAsync("Enter"), "press Enter");
        await StepAsync(sectionPage.Keyboard.TypeAsync("Edited in the browser."), "type Edited in the browser.");
        await Assertions.Expect(body).ToContainTextAsync("Edited in the browser.", new() { Timeout = 90_000 });
        await PublishAsync(sectionPage);
        await UntilAsync(() => editor.Site.Read("input/sections/04-stretching.md").Contains("Edited in the browser.", StringComparison.Ordinal));

        // Then the exercise file differs only in reps (keys, lists and quoting may be rewritten, values not)
        var saved = editor.Site.Read("input/exercises/glute-bridge.yml");
        Assert.Contains("\nreps: 12\n", saved);
        Assert.Equal(Canonical(exercise.Replace("\nreps: 10\n", "\nreps: 12\n", StringComparison.Ordinal)), Canonical(saved));

        // And the section keeps its front matter, with the new paragraph at the end of its text
        var savedSection = editor.Site.Read("input/sections/04-stretching.md");
        Assert.Equal(Canonical(FrontMatter(section)), Canonical(FrontMatter(savedSection)));
        Assert.EndsWith("\n\nEdited in the browser.\n", savedSection);

        // And the site builds from the edited copy with the same diagnostics as before (the real input's warnings)
        var after = Build();
        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        Assert.Equal(before.Diagnostics.Select(d => d.ToString()), after.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("Edited in the browser.", Page(after, "stretching/index.html"));

        // And the editor broke nothing: no Content-Security-Policy violation, no error in the console
        Assert.Empty(sectionProblems.Messages);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_editor_refuses_reps_above_the_schema_maximum_and_leaves_the_file_alone_issue_18()
    {
        // Given the editor on an exercise
        var exercise = editor.Site.Read("input/exercises/glute-bridge.yml");
        var (page, problems) = await SharedEditorAsync();
        await page.GotoAsync(Url("admin/#/collections/exercises/entries/glute-bridge"));

        // When reps are set above the schema's 100 and published
        await page.Locator("input[id^='reps-field']").First.FillAsync("101");
        await PublishAsync(page);

        // Then the editor says why and writes nothing
        // (in the field's label, declared with the key: "Repetitions")
        await page.GetByText("Repetitions must be between 1 and 100.").WaitForAsync();
        Assert.Equal(exercise, editor.Site.Read("input/exercises/glute-bridge.yml"));
        Assert.Empty(problems.Messages);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_preview_pane_lays_out_an_exercise_as_the_site_does_with_its_stylesheet_issue_18()
    {
        // Given the editor, and the address of the site's fingerprinted stylesheet
        var css = SiteStylesheet();
        var (page, problems) = await SharedEditorAsync();

        // When an exercise is opened
        await page.GotoAsync(Url("admin/#/collections/exercises/entries/glute-bridge"));
        var preview = page.Locator("iframe").First.ContentFrame;

        // Then its preview links the site's stylesheet and shows the name in the site's heading, the dose in its facts list
        // and the steps as its numbered steps
        await Assertions.Expect(preview.Locator("main.content.exercise h1")).ToHaveTextAsync("Glute bridge", new() { Timeout = 90_000 });
        await Assertions.Expect(preview.Locator($"link[rel='stylesheet'][href='{css}']")).ToHaveCountAsync(1);
        await Assertions.Expect(preview.Locator("dl.facts dt", new() { HasTextString = "Repetitions" })).ToHaveCountAsync(1);
        await Assertions.Expect(preview.Locator("ol.steps li")).ToHaveCountAsync(6);

        Assert.Empty(problems.Messages);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task The_preview_pane_lays_out_a_section_as_the_site_does_with_its_stylesheet_issue_18()
    {
        // Given the editor (its own browser context: one entry per page, and no second page in a context whose
        // requests the test routes), and the address of the site's fingerprinted stylesheet
        var css = SiteStylesheet();
        var (page, problems) = await SharedEditorAsync();

        // When a section is opened
        await page.GotoAsync(Url("admin/#/collections/sections/entries/04-stretching"));
        var sectionPreview = page.Locator("iframe").First.ContentFrame;

        // Then its preview is the site's article: its title as the heading, its Markdown as HTML
        await Assertions.Expect(sectionPreview.Locator("main.content h1")).ToHaveTextAsync("Stretching", new() { Timeout = 90_000 });
        await Assertions.Expect(sectionPreview.Locator($"link[rel='stylesheet'][href='{css}']")).ToHaveCountAsync(1);
        await Assertions.Expect(sectionPreview.Locator("main.content h2", new() { HasTextString = "Before you start" })).ToHaveCountAsync(1);
        Assert.Empty(problems.Messages);
    }

    [Fact(Timeout = TestTimeout.Browser)]
    public async Task A_picture_uploaded_in_the_media_library_lands_in_input_images_issue_18()
    {
        // Given the editor and a small PNG
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGMwTpsJRwzEcQDrIxMhwmPP/AAAAABJRU5ErkJggg==");
        var (page, problems) = await SharedEditorAsync();

        // When it is uploaded through the media library
        await page.GetByRole(AriaRole.Button, new() { Name = "Media" }).ClickAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "uploaded-test.png", MimeType = "image/png", Buffer = png });

        // Then decap-server writes it, byte for byte, into the copy's input/images
        var path = Path.Combine(editor.Site.Input, "images", "uploaded-test.png");
        await UntilAsync(() => File.Exists(path) && new FileInfo(path).Length == png.Length);
        Assert.Equal(png, await File.ReadAllBytesAsync(path));
        Assert.Empty(problems.Messages);
    }

    /// <summary>
    /// The class's shared editor (<see cref="EditorSite.SharedEditorAsync"/>), moved to the exercises' list first: that
    /// leaves whatever entry an earlier test had open (its unsaved draft dropped: the editor's "leave this page?"
    /// question is answered yes), so the entry this test opens next is loaded from disk, and a media library left open
    /// is closed. Its problems are those seen since this call.
    /// </summary>
    private async Task<(IPage Page, PageProblems Problems)> SharedEditorAsync()
    {
        var opened = false;
        var (page, problems) = await editor.SharedEditorAsync(() =>
        {
            opened = true;
            return OpenEditorAsync();
        });
        var closeMedia = page.GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true });
        if (await closeMedia.IsVisibleAsync())
        {
            await closeMedia.ClickAsync();
        }

        await page.GotoAsync(Url("admin/#/collections/exercises"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Create entry of type Exercises" }).WaitForAsync();
        if (!opened)
        {
            problems.Clear();
        }

        return (page, problems);
    }

    /// <summary>A signed-in editor in a browser context of its own, which the class's end closes (<see cref="EditorSite"/>).</summary>
    private async Task<(IPage Page, PageProblems Problems)> OpenEditorAsync()
    {
        var context = await StepAsync(editor.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 800 } }), "open a browser context");
        context.SetDefaultTimeout((float)StepLimit.TotalMilliseconds);
        var page = await StepAsync(context.NewPageAsync(), "open a page");
        var problems = await StepAsync(PageProblems.WatchAsync(page), "watch the page's console");
        await KeepFromReloadingAsync(page, problems);

        // The built configuration names decap-server's default address; this test's server listens on a free port.
        // The answer is read before the route is set, so the handler makes no request of its own (a fetch inside a
        // route handler is the pattern that left a run waiting forever, issue 13).
        var config = await ConfigForThisServerAsync();
        await StepAsync(context.RouteAsync("**/admin/config.yml", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/yaml; charset=utf-8",
            Body = config,
        })), "route config.yml");
        await page.GotoAsync(Url("admin/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Exercise" }).WaitForAsync();
        // The editor has read its configuration: the route goes, so that closing the context never waits on its
        // handler (Playwright waits for running route handlers on close; the context close that never finished,
        // 1 run in 8 under load, issue 13). A later request for config.yml would reach the preview unrouted and
        // point the editor at a decap-server that is not there: the test would fail, not hang.
        await StepAsync(context.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.Wait }), "unroute config.yml");
        return (page, problems);
    }

    /// <summary>
    /// Readies the shared editor to outlive the tests that write files: `preview` reloads every open page when the
    /// site changes (its own script, no part of the editor or the site), which would drop the test's entry and read
    /// config.yml unrouted, so that script is blocked in the browser (no route handler), and the console error the
    /// block makes is not counted; the editor's "leave this page?" question is answered yes.
    /// </summary>
    private async Task KeepFromReloadingAsync(IPage page, PageProblems problems)
    {
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        problems.Ignore(m => m.Text.Contains("ERR_BLOCKED_BY_CLIENT", StringComparison.Ordinal) && m.Location.Contains(PreviewSite.ScriptPath, StringComparison.Ordinal));
        var cdp = await StepAsync(page.Context.NewCDPSessionAsync(page), "open a CDP session");
        await StepAsync(cdp.SendAsync("Network.enable"), "enable the network domain");
        await StepAsync(cdp.SendAsync("Network.setBlockedURLs", new() { ["urls"] = new[] { "*" + PreviewSite.ScriptPath } }), "block the preview's script");
    }

    /// <summary>The editor's configuration as the preview serves it, with local_backend pointing at this test's decap-server.</summary>
    private async Task<string> ConfigForThisServerAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var text = await http.GetStringAsync(new Uri(editor.Preview.Address, "admin/config.yml"));
        Assert.Contains("local_backend: true", text);
        return text.Replace("local_backend: true", $"local_backend:\n  url: {editor.Decap.ApiUrl}", StringComparison.Ordinal);
    }

    /// <summary>Waits for <paramref name="call"/> for at most <see cref="StepLimit"/>, logging the step to the test's output.</summary>
    private async Task StepAsync(Task call, string step)
    {
        output.WriteLine($"{_clock.Elapsed:mm\\:ss} {step}");
        try
        {
            await call.WaitAsync(StepLimit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"'{step}' did not finish within {StepLimit.TotalSeconds} s");
        }
    }

    /// <inheritdoc cref="StepAsync(Task, string)"/>
    private async Task<T> StepAsync<T>(Task<T> call, string step)
    {
        await StepAsync((Task)call, step);
        return await call;
    }

    private static async Task PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.GetByText("Publish now").ClickAsync();
    }

    /// <summary>Waits for something on disk, checking every 100 ms, for up to 60 s.</summary>
    private static async Task UntilAsync(Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the editor did not write the file within 60 s");
            await Task.Delay(100);
        }
    }

    private string Url(string path) => new Uri(editor.Preview.Address, path).ToString();

    private BuildResult Build() =>
        new SiteBuilder().Build(new BuildOptions(editor.Site.Input, editor.Site.Theme) { InputLabel = "input", ThemeLabel = "theme" });

    /// <summary>The address of the site's fingerprinted stylesheet, from a build of the copy.</summary>
    private string SiteStylesheet() =>
        "/" + Build().Files.Single(f => f.Path.StartsWith("assets/site.", StringComparison.Ordinal) && f.Path.EndsWith(".css", StringComparison.Ordinal)).Path;

    private static string Page(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);

    private static string FrontMatter(string markdown) => markdown.Split("\n---\n", 2)[0];

    /// <summary>A YAML document's values with the keys sorted, whatever its layout, quoting or key order.</summary>
    private static string Canonical(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml.StartsWith("---\n", StringComparison.Ordinal) ? yaml[4..] : yaml));
        return Canonical(stream.Documents[0].RootNode);
    }

    private static string Canonical(YamlNode node) => node switch
    {
        YamlMappingNode map => "{" + string.Join(",", map.Children.Select(p => $"{p.Key}={Canonical(p.Value)}").Order(StringComparer.Ordinal)) + "}",
        YamlSequenceNode list => "[" + string.Join(",", list.Children.Select(Canonical)) + "]",
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        _ => node.ToString(),
    };
}
