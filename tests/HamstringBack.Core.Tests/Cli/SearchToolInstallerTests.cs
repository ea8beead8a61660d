using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Cli;

/// <summary>
/// Issue 18: `build` alone makes the whole site. When package-lock.json lists pagefind and it is not installed,
/// the build runs `npm ci` once (here a stand-in npm on PATH that installs a stand-in pagefind); without npm it
/// stops with HB1204, and `--no-search` needs no npm at all. The builds run the shipped program (<see cref="PublishedCli"/>):
/// the JIT-compiled CLI compiled the whole pipeline again in each of these six processes, about three times the
/// native program's CPU (issue 13: CI time).
/// </summary>
[LongRunning(0.55)]
[Trait("Category", "Slow")] // runs the published program as a process of its own in each test, npm ci in one (issue 13: not in the fast lane)
public sealed class SearchToolInstallerTests : IDisposable
{
    private readonly string _outer = Path.Combine(Path.GetTempPath(), "hb-npm-" + Guid.NewGuid().ToString("N"));

    public SearchToolInstallerTests()
    {
        Directory.CreateDirectory(Path.Combine(_outer, "bin"));
        Directory.CreateDirectory(Path.Combine(_outer, "empty-path"));
        Assert.Equal(0, CliRun.Start("new", "site", Site).ExitCode);
    }

    private string Site => Path.Combine(_outer, "site");

    private string NpmLog => Path.Combine(_outer, "npm.log");

    [Fact]
    public void Build_installs_pagefind_with_npm_ci_on_first_use_and_makes_the_search_index_issue_18()
    {
        // Given a new site without node_modules/, and an npm that installs pagefind
        FakeNpm($"""
            printf '%s\n' "$*" >> '{NpmLog}'
            /bin/mkdir -p node_modules/.bin
            printf '#!/bin/sh\n/bin/mkdir -p "$2/pagefind" && printf indexed > "$2/pagefind/pagefind.js"\n' > node_modules/.bin/pagefind
            /bin/chmod +x node_modules/.bin/pagefind
            """);

        // When it builds twice
        var first = Build();
        var second = Build();

        // Then the first build runs npm ci once, says so, and the site has its search index; the second does not ask again
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal(string.Empty, first.Stderr);
        Assert.Contains("Installing pagefind for the search index: npm ci", first.Stdout);
        Assert.Equal("indexed", File.ReadAllText(Path.Combine(Site, "output", "pagefind", "pagefind.js")));
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.DoesNotContain("Installing", second.Stdout);
        Assert.Equal(["ci --no-audit --no-fund --loglevel=error"], File.ReadAllLines(NpmLog));
    }

    [Fact]
    public void Without_npm_the_build_stops_with_HB1204_and_keeps_the_previous_output_but_no_search_needs_no_npm_issue_18()
    {
        // Given a site built with --no-search on a PATH without npm
        var plain = Build("--no-search", path: Path.Combine(_outer, "empty-path"));
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        Assert.Equal(string.Empty, plain.Stderr);
        var before = FolderSnapshot.Take(Path.Combine(Site, "output"));

        // When it builds with search, still without npm
        var run = Build(path: Path.Combine(_outer, "empty-path"));

        // Then the build says what to do, and the previous output is as it was
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("package-lock.json(1,1): error HB1204: The search index needs pagefind, which this file lists, but npm (which installs it) was not found. Install Node.js 20 or later", run.Stderr);
        Assert.Contains("--no-search", run.Stderr);
        Assert.Equal(before, FolderSnapshot.Take(Path.Combine(Site, "output")));
        Assert.False(Directory.Exists(Path.Combine(Site, "node_modules")));
    }

    [Fact]
    public void An_npm_ci_that_fails_stops_the_build_with_HB1205_and_its_last_words_issue_18()
    {
        FakeNpm("""
            echo "npm error code ENOTFOUND" >&2
            echo "npm error network request to the registry failed" >&2
            exit 1
            """);

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("package-lock.json(1,1): error HB1205: `npm ci` could not install pagefind for the search index: exit code 1, npm error code ENOTFOUND npm error network request to the registry failed.", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(Site, "output")));
    }

    [Fact]
    public void Without_a_lock_file_that_lists_pagefind_the_build_runs_no_npm_and_warns_HB0701_as_before_issue_18()
    {
        File.Delete(Path.Combine(Site, "package-lock.json"));
        FakeNpm($"printf '%s\\n' \"$*\" >> '{NpmLog}'");

        var run = Build();

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("warning HB0701", run.Stderr);
        Assert.False(File.Exists(NpmLog));
    }

    private void FakeNpm(string body)
    {
        var npm = Path.Combine(_outer, "bin", "npm");
        File.WriteAllText(npm, "#!/bin/sh\n" + body.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(npm, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Runs the published program's `build` in the site folder, with only <paramref name="path"/> on PATH.</summary>
    private CliRun Build(string? flag = null, string? path = null) =>
        CliRun.InChildProcess(PublishedCli.Shared.Program, Site, TimeSpan.FromMinutes(5),
            new Dictionary<string, string> { ["PATH"] = path ?? Path.Combine(_outer, "bin") }, flag is null ? ["build"] : ["build", flag]);

    public void Dispose() => Directory.Delete(_outer, recursive: true);
}
