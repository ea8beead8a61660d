using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using HamstringBack.Core.Tests.Support;
using HamstringBack.Core.Write;

namespace HamstringBack.Core.Tests;

/// <summary>
/// The published CLI (Native AOT, what bench/ times and what an editor can install) behaves exactly like the
/// one the other tests run in-process: trimming and ahead-of-time compilation must not change a byte of the site
/// or a word of a diagnostic.
/// </summary>
[Trait("Category", "Slow")]
[LongRunning(0.6)]
public sealed class PublishedCliTests(PublishedCli cli, FixtureSites sites) : IClassFixture<PublishedCli>, IClassFixture<FixtureSites>
{
    [Fact]
    public void Publish_makes_one_native_program_without_the_dotnet_launcher()
    {
        Assert.True(cli.PublishExitCode == 0, cli.PublishLog);
        var header = new byte[4];
        using (var file = File.OpenRead(cli.Program))
        {
            file.ReadExactly(header);
        }

        Assert.Equal("\u007fELF"u8.ToArray(), header);
        Assert.False(File.Exists(Path.Combine(cli.Folder, "hamstringback.dll")), "a .dll beside it means it still needs the JIT");
        Assert.False(File.Exists(Path.Combine(cli.Folder, "Markdig.dll")), "libraries should be compiled into the program");
    }

    [Fact]
    public void Under_ci_run_the_program_is_the_one_published_before_the_installs_issue_13()
    {
        // .ci/run sets HB_PUBLISHED_CLI and publishes there first; a fixture that published again would cost the
        // run the largest piece of its CPU twice.
        var early = Environment.GetEnvironmentVariable(PublishedCli.EarlyPublishVariable) is { Length: > 0 };
        Assert.Equal(early, cli.TookEarlyPublish);
        Assert.Equal(early, cli.Root == Environment.GetEnvironmentVariable(PublishedCli.EarlyPublishVariable));
    }

    [Fact]
    public void The_published_program_builds_the_real_site_byte_for_byte_like_the_in_process_build()
    {
        using var site = new TempSite();
        var run = cli.Start(site.Root, "build", "--no-search", "--quiet", "--input", "input", "--theme", "theme", "--output", "output");
        Assert.True(run.ExitCode == 0, run.Stderr);

        var expected = site.Build().Files.ToDictionary(f => f.Path, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Content)));
        Assert.Contains("admin/config.yml", expected.Keys); // issue 18: the browser editor (its page, config and Decap's bundle)
        Assert.Equal(77, expected.Keys.Count(k => !k.StartsWith("admin/", StringComparison.Ordinal))); // issue 20: /programme/, its 4 scripts and the QR library (3 files); history export/import on demand (transfer.js); issue 17: 2 old-address pages; issue 19: 4 link-preview pictures and 2 diagrams for the 4 exercise drawings, and the guided session's 8 frame pictures; issue 14: 4 scripts; issue 15: og-image.png and .svg
        var written = FolderSnapshot.Take(site.Output).Where(e => e.Key != OutputStamp.FileName);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), written.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), OutputStamp.Read(site.Output)!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OutputFolderSafetyTests.RefusedOutputs), MemberType = typeof(OutputFolderSafetyTests))]
    public void The_published_program_refuses_the_same_outputs_and_changes_nothing_issue_12(string output, string expected)
    {
        using var project = new TempProject();
        OutputFolderSafetyTests.AssertRefused(project, cli.Program, output, expected);
    }

    [Fact]
    public void The_published_program_replaces_only_its_own_output_and_touches_nothing_outside_it_issue_12()
    {
        // Given a project with an earlier build's output, an empty folder, and a folder of the editor's
        using var project = new TempProject();
        project.Write("notes/todo.txt", "Call the physio on Monday.\n");
        Directory.CreateDirectory(Path.Combine(project.Root, "empty"));
        Assert.Equal(0, cli.Start(project.Root, "build", "--no-search", "--quiet").ExitCode);
        var outsideOutput = project.TreeOutside("output");
        var outsideEmpty = project.TreeOutside("empty");

        // When it builds again into output/, then into the empty folder
        var again = cli.Start(project.Root, "build", "--no-search", "--quiet");
        var intoEmpty = cli.Start(project.Root, "build", "--no-search", "--quiet", "--output", "empty");

        // Then both builds succeed, and every file outside the folder each wrote is byte-identical
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.True(intoEmpty.ExitCode == 0, intoEmpty.Stderr);
        Assert.Equal(outsideOutput, project.TreeOutside("output").Where(e => !e.Key.StartsWith("project/empty/", StringComparison.Ordinal)).ToDictionary());
        Assert.Equal(outsideEmpty.Where(e => !e.Key.StartsWith("project/output/", StringComparison.Ordinal)), project.TreeOutside("empty").Where(e => !e.Key.StartsWith("project/output/", StringComparison.Ordinal)));
        Assert.Equal(FolderSnapshot.Take(Path.Combine(project.Root, "output")), FolderSnapshot.Take(Path.Combine(project.Root, "empty")));
        Assert.Equal(["README.md", "empty", "input", "notes", "output", "theme"], Directory.EnumerateFileSystemEntries(project.Root).Select(e => Path.GetFileName(e)!).Where(n => n != ".git").Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void The_published_program_scaffolds_pages_that_build_and_checks_the_site()
    {
        using var site = new TempSite();
        Assert.Equal(0, cli.Start(site.Root, "new", "section", "Sleeping: yes & no").ExitCode);
        Assert.Equal(0, cli.Start(site.Root, "new", "exercise", "Wall 'calf' stretch").ExitCode);
        Assert.Contains("title: 'Sleeping: yes & no'", site.Read("input/sections/06-sleeping-yes-no.md"), StringComparison.Ordinal);

        var build = cli.Start(site.Root, "build", "--no-search", "--quiet");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Contains("calf", File.ReadAllText(Path.Combine(site.Output, "exercises", "wall-calf-stretch", "index.html")), StringComparison.Ordinal);

        var check = cli.Start(site.Root, "check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("no errors", check.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidInputFixtureTests.Cases), MemberType = typeof(InvalidInputFixtureTests))]
    public void The_published_program_reports_every_invalid_fixture_exactly_as_expected(string name)
    {
        var fixture = InvalidFixture.Load(name);
        using var lease = sites.Take(fixture);
        var site = lease.Site;

        var run = cli.Start(site.Root, "build", "--no-search");

        var actual = InvalidInputFixtureTests.DiagnosticLines(run.Stderr, site.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(fixture.Expected, actual);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task The_published_preview_serves_the_site_and_stops_cleanly_on_ctrl_c()
    {
        using var site = new TempSite();
        var start = new ProcessStartInfo(cli.Program, ["preview", "--port", "0"])
        {
            WorkingDirectory = site.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            // Generous: on a loaded 2-core machine the first build alone has taken most of a minute.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
            Uri? address = null;
            while (address is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (Regex.Match(line, "Previewing on (http://localhost:[0-9]+/)") is { Success: true } match)
                {
                    address = new Uri(match.Groups[1].Value);
                }
            }

            Assert.NotNull(address);
            using var http = new HttpClient();
            Assert.Contains("<h1", await http.GetStringAsync(new Uri(address, "stretching/"), timeout.Token), StringComparison.Ordinal);

            // Ctrl+C in the terminal sends SIGINT to the program.
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)])!)
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopping the preview.", rest, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", await process.StandardError.ReadToEndAsync(timeout.Token), StringComparison.Ordinal);
            await Assert.ThrowsAsync<HttpRequestException>(() => http.GetStringAsync(address, timeout.Token));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }
}
