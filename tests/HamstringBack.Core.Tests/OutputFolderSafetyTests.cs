using System.Diagnostics;
using System.Security.Cryptography;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Tests.Support;
using HamstringBack.Core.Write;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 12, "Nothing the build is pointed at is ever lost or leaked": `build --output` replaces only a folder that
/// is missing, empty or an earlier build's, and creates, moves or deletes nothing outside it but its own staging
/// folders beside it; `--base-url` is held to the same rule as site.yml's base_url.
/// </summary>
[LongRunning(0.65)]
public sealed class OutputFolderSafetyTests
{
    /// <summary>
    /// Outputs the build must refuse, as given in the project folder ("{outer}" is the folder around the project;
    /// "notes" holds a file of the editor's), and what the error says.
    /// </summary>
    public static TheoryData<string, string> RefusedOutputs => new()
    {
        { ".", ".(1,1): error HB0011: The output folder is the current folder or a folder above it" },
        { "..", "..(1,1): error HB0011:" },
        { "/", "/(1,1): error HB0011:" },
        { "{outer}", "error HB0011:" },
        { "input", "input(1,1): error HB0010: The output folder is the input folder" },
        { "theme", "theme(1,1): error HB0010: The output folder is the theme folder" },
        { "input/sub", "input/sub(1,1): error HB0010: The output folder lies inside the input folder" },
        { "", "error: --output needs a value." },
        { "notes", "notes(1,1): error HB0012: The output folder is not empty and was not written by a build (todo.txt)" },
    };

    [Theory]
    [MemberData(nameof(RefusedOutputs))]
    public void Build_refuses_an_output_that_would_lose_files_and_changes_nothing_issue_12(string output, string expected)
    {
        using var project = new TempProject();
        AssertRefused(project, CliProcess.Program, output, expected);
    }

    /// <summary>
    /// Runs `build --output OUTPUT` in the project with <paramref name="program"/>, then checks it exited 2 with
    /// <paramref name="expected"/> and no stack trace, every file around the project is byte-identical, and no staging
    /// folder was left beside the output.
    /// </summary>
    internal static void AssertRefused(TempProject project, string program, string output, string expected)
    {
        project.Write("notes/todo.txt", "Call the physio on Monday.\n");
        output = output.Replace("{outer}", project.Outer, StringComparison.Ordinal);
        var before = project.Tree();
        Assert.Contains(".git/HEAD", string.Join("\n", before.Keys), StringComparison.Ordinal);

        var run = CliProcess.Run(program, project.Root, "build", "--no-search", "--output", output);

        Assert.True(run.ExitCode == 2, run.Stdout + run.Stderr);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Built", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, project.Tree());
        Assert.Empty(StagingFolders(Path.GetFullPath(output.Length == 0 ? "." : output, project.Root)));
    }

    [Fact]
    public void Build_refuses_an_output_that_contains_the_input_folder_given_with_input_issue_12()
    {
        using var project = new TempProject();
        var elsewhere = Directory.CreateDirectory(Path.Combine(project.Outer, "elsewhere")).FullName;
        var before = project.Tree();

        var run = CliProcess.Run(CliProcess.Program, elsewhere, "build", "--no-search", "--input", "../project/input", "--theme", "../project/theme", "--output", "../project");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("../project(1,1): error HB0010: The output folder contains the input folder", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, project.Tree());
    }

    [Fact]
    public void Build_refuses_the_input_folder_under_another_name_issue_12()
    {
        // Given a link to input/, and an output inside it under the link's name
        using var site = new TempSite();
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content"), site.Input);
        var before = FolderSnapshot.Take(site.Input);

        var run = CliRun.Start("build", "--no-search", "--input", site.Input, "--theme", site.Theme, "--output", Path.Combine(site.Root, "content", "site"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error HB0010: The output folder lies inside the input folder", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Input));
    }

    [Fact]
    public void Build_refuses_an_earlier_builds_output_once_a_file_was_added_to_it_issue_12()
    {
        using var site = new TempSite();
        Assert.Equal(0, Build(site).ExitCode);
        File.WriteAllText(Path.Combine(site.Output, "exercises", "my-notes.txt"), "mine");
        var before = FolderSnapshot.Take(site.Output);

        var run = Build(site);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error HB0012: The output folder holds files that the last build did not write (exercises/my-notes.txt);", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public void Build_replaces_an_earlier_builds_output_and_adds_only_its_stamp_to_the_site_issue_12()
    {
        // Given an output from an earlier build, and then an edited page
        using var site = new TempSite();
        Assert.Equal(0, Build(site).ExitCode);
        site.Edit("input/sections/04-stretching.md", "title: Stretching", "title: Gentle stretching");

        // When the site is built again into it
        var run = Build(site);

        // Then the output is replaced by exactly the built files plus the stamp, which lists them and is not in the offline manifest
        Assert.True(run.ExitCode == 0, run.Stderr);
        var expected = site.Build().Files.ToDictionary(f => f.Path, f => Convert.ToHexString(SHA256.HashData(f.Content)));
        var written = FolderSnapshot.Take(site.Output);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), written.Where(e => e.Key != OutputStamp.FileName).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Contains("Gentle stretching", File.ReadAllText(Path.Combine(site.Output, "stretching", "index.html")), StringComparison.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), OutputStamp.Read(site.Output)!.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(OutputStamp.FileName, File.ReadAllText(Path.Combine(site.Output, "sw.js")), StringComparison.Ordinal);
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order().ToArray());
    }

    [Fact]
    public void Build_uses_an_empty_folder_issue_12()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(site.Output);

        var run = Build(site);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(File.Exists(Path.Combine(site.Output, "stretching", "index.html")));
    }

    [Fact]
    public void The_next_build_removes_the_staging_folders_of_killed_builds_but_keeps_a_folder_no_build_made_issue_12()
    {
        // Given an output, the staging folders of two builds that were killed, and a look-alike folder of the editor's
        using var site = new TempSite();
        Assert.Equal(0, Build(site).ExitCode);
        var (dead, otherDead) = (DeadProcessId(), DeadProcessId());
        var halfWritten = Directory.CreateDirectory(Path.Combine(site.Root, $".output-new-{dead}")).FullName;
        OutputStamp.Write(halfWritten);
        File.WriteAllText(Path.Combine(halfWritten, "404.html"), "half");
        TempSite.Copy(site.Output, Path.Combine(site.Root, $".output-old-{dead}"));
        site.Write($".output-new-{otherDead}/keep.txt", "mine");

        var run = Build(site);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal([$".output-new-{otherDead}", "input", "output", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("mine", site.Read($".output-new-{otherDead}/keep.txt"));
    }

    [Fact]
    public void A_build_killed_between_the_two_renames_gets_its_previous_site_back_issue_12()
    {
        // Given a build killed after moving the previous site aside, before moving the new one in
        using var site = new TempSite(copyInput: false);
        Assert.Empty(SiteWriter.Write(site.Output, "output", [new OutputFile("index.html", "previous"u8.ToArray())]));
        var dead = DeadProcessId();
        Directory.Move(site.Output, Path.Combine(site.Root, $".output-old-{dead}"));
        Assert.Empty(SiteWriter.Write(Path.Combine(site.Root, $".output-new-{dead}"), "new", [new OutputFile("index.html", "killed"u8.ToArray())]));

        // When the next write fails (here: its search index)
        var problems = new List<Diagnostic>();
        using (var writer = SiteWriter.Open(new SiteOutput(site.Output, "output") { Search = new FailingSearch() }))
        {
            writer.Write([new OutputFile("index.html", "next"u8.ToArray())]);
            Assert.Empty(writer.Index());
            Assert.False(writer.Swap(new OutputFile("sw-manifest.js", [])));
            problems.AddRange(writer.Problems);
        }

        // Then the previous site is back in place and nothing else is left
        Assert.Contains(problems, p => p.Code == "HB0702");
        Assert.Equal("previous", site.Read("output/index.html"));
        Assert.Equal(["output", "theme"], Directory.GetFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    [Trait("Category", "Slow")] // three builds of a large site, one a process of its own (issue 13: not in the fast lane)
    public void A_build_killed_with_sigkill_while_writing_leaves_the_previous_output_and_the_next_build_cleans_up_issue_12()
    {
        // Given a site big enough to take a while to write, built once
        using var project = new TempProject();
        var paragraph = string.Concat(Enumerable.Repeat("Keep your back straight and breathe out slowly as you lift; stop if it hurts. ", 10));
        var body = string.Join("\n\n", Enumerable.Range(1, 100).Select(j => $"## Part {j}\n\n{paragraph}"));
        for (var i = 0; i < 100; i++)
        {
            project.Write($"input/pages/long-{i}.md", $"---\ntitle: Long page {i}\nsummary: A long page.\nlast_reviewed: 2026-11-20\nnext_review: 2027-11-20\n---\n\n{body}\n");
        }

        // (the builds before and after the killed one run in-process, the CLI already compiled: as child processes
        // they compiled the whole pipeline again, issue 13: CI time)
        var output = Path.Combine(project.Root, "output");
        string[] build = ["build", "--no-search", "--quiet", "--input", Path.Combine(project.Root, "input"), "--theme", Path.Combine(project.Root, "theme"), "--output", output];
        var first = CliRun.Start(build);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var before = FolderSnapshot.Take(output);
        project.Write("input/pages/long-0.md", $"---\ntitle: Changed page\nsummary: A long page.\nlast_reviewed: 2026-11-20\nnext_review: 2027-11-20\n---\n\n{body}\n");

        // When a second build is killed with SIGKILL while it writes its staging folder
        using (var process = Process.Start(CliProcess.StartInfo(CliProcess.Program, project.Root, "build", "--no-search", "--quiet"))!)
        {
            var staging = Path.Combine(project.Root, $".output-new-{process.Id}");
            var deadline = Stopwatch.StartNew();
            while (!File.Exists(Path.Combine(staging, "404.html")) && !process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(3))
            {
                Thread.Sleep(1);
            }

            process.Kill();
            process.WaitForExit();
            Assert.True(process.ExitCode != 0 && Directory.Exists(staging), $"the build was not killed while writing (exit {process.ExitCode})");
        }

        // Then the previous output is byte-identical, and the next build leaves no staging folder behind
        Assert.Equal(before, FolderSnapshot.Take(output));
        var next = CliRun.Start(build);
        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Empty(StagingFolders(output));
        Assert.Contains("Changed page", File.ReadAllText(Path.Combine(output, "long-0", "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/")]
    [InlineData("example.org")]
    public void Build_and_check_refuse_a_base_url_that_site_yml_would_refuse_issue_12(string url)
    {
        // Given the same address in site.yml, it is an error there
        using var site = new TempSite();
        using (var other = new TempSite())
        {
            other.Edit("input/site.yml", "base_url: https://hamstringback.netlify.app/", $"base_url: \"{url}\"");
            Assert.Contains(other.Build().Diagnostics, d => d.Code == "HB0112");
        }

        // When it is given with --base-url, build and check refuse it as a usage error and write nothing
        var build = CliRun.Start("build", "--no-search", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--base-url", url);
        var check = CliRun.Start("check", "--input", site.Input, "--theme", site.Theme, "--base-url", url);

        var message = $"--base-url: error HB0013: --base-url must be a full web address starting with https://, like https://example.org/ (got \"{url}\").";
        Assert.Equal(2, build.ExitCode);
        Assert.Contains(message, build.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal(2, check.ExitCode);
        Assert.Contains(message, check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_base_url_is_still_used_as_given()
    {
        using var site = new TempSite();

        var result = site.Build(baseUrl: "http://localhost:8080/preview");

        Assert.True(result.Succeeded);
        Assert.Contains("http://localhost:8080/preview/stretching/", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "sitemap.xml").Content), StringComparison.Ordinal);
    }

    private static CliRun Build(TempSite site) =>
        CliRun.Start("build", "--no-search", "--quiet", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);

    /// <summary>The staging and old folders a build of <paramref name="output"/> would make beside it.</summary>
    private static List<string> StagingFolders(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(output);
        var parent = Path.GetDirectoryName(full) ?? full;
        var name = Path.GetFileName(full);
        return Directory.EnumerateFileSystemEntries(parent, $".{name}-*", new EnumerationOptions { AttributesToSkip = 0 })
            .Where(e => Path.GetFileName(e).StartsWith($".{name}-new-", StringComparison.Ordinal) || Path.GetFileName(e).StartsWith($".{name}-old-", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>The id of a process that has ended.</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    /// <summary>A search index that always fails, as a broken pagefind would.</summary>
    private sealed class FailingSearch : Search.ISearchIndexer
    {
        public IReadOnlyList<Diagnostic> Index(string site, string display) => [Errors.SearchIndexFailed(display, "a test failure")];
    }
}
