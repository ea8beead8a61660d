using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 18: `dotnet pack` makes the tool package `hamstringback`; installed from that folder with
/// `dotnet tool install --tool-path`, it starts a site in an empty folder that builds (search included: the build
/// installs pagefind with npm ci) and checks with no diagnostics. Packs in the repository itself, taking its
/// turn with the Netlify build test (<see cref="ReleaseBuildTurn"/>), so it reuses the Release build `.ci/run` makes.
/// </summary>
[LongRunning(2.0)]
public sealed class DotnetToolTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hb-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_packed_tool_installs_and_starts_a_site_that_builds_with_search_and_checks_clean_issue_18()
    {
        // Given the tool packed from the repository's sources and installed into a tool folder
        var packages = Path.Combine(_root, "packages");
        CliRun pack;
        using (await ReleaseBuildTurn.TakeAsync())
        {
            // --no-restore: the tests' own build restored the CLI's project already (it is one of their references);
            // the pack still checks the Release build is current and builds what is not (issue 13: CI time)
            pack = CliProcess.Run("dotnet", RepoPaths.Root, "pack", "src/HamstringBack.Cli", "-c", "Release", "-o", packages, "--nologo", "--no-restore");
        }

        Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
        Assert.True(File.Exists(Path.Combine(packages, "hamstringback.0.1.0.nupkg")), string.Join(", ", Directory.GetFiles(packages)));
        var tools = Path.Combine(_root, "tools");
        var install = CliProcess.Run("dotnet", _root, "tool", "install", "--tool-path", tools, "--add-source", packages, "hamstringback");
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);
        var tool = Path.Combine(tools, "hamstringback");

        // When it starts a site in an empty folder, then builds and checks it there
        var site = Path.Combine(_root, "clinic");
        Directory.CreateDirectory(site);
        var made = CliProcess.Run(tool, _root, "new", "site", "clinic");
        var build = CliProcess.Run(tool, site, "build");
        var check = CliProcess.Run(tool, site, "check");

        // Then every step passes with no diagnostics, and the built site has its search index
        Assert.True(made.ExitCode == 0, made.Stderr);
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Equal(string.Empty, build.Stderr);
        Assert.Contains("Installing pagefind for the search index: npm ci", build.Stdout);
        Assert.True(File.Exists(Path.Combine(site, "output", "pagefind", "pagefind.js")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site, "output", "pagefind", "fragment")));
        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.Equal(string.Empty, check.Stderr);
        Assert.Contains("no errors, 0 warning(s)", check.Stdout);

        // And a second `new site` into the now full folder is refused, with nothing changed
        var before = FolderSnapshot.Take(site);
        var again = CliProcess.Run(tool, _root, "new", "site", "clinic");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("clinic(1,1): error HB1201", again.Stderr);
        Assert.Equal(before, FolderSnapshot.Take(site));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
