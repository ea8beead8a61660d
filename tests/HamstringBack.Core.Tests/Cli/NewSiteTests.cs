using HamstringBack.Cli.NewSite;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Cli;

/// <summary>Issue 18: `new site DIR` starts a site on an example topic that builds and checks clean.</summary>
public sealed class NewSiteTests : IDisposable
{
    private readonly string _outer = Path.Combine(Path.GetTempPath(), "hb-newsite-" + Guid.NewGuid().ToString("N"));

    public NewSiteTests() => Directory.CreateDirectory(_outer);

    [Fact]
    public void New_site_writes_a_starter_site_with_the_theme_that_checks_and_builds_without_diagnostics_issue_18()
    {
        // Given a new folder name
        var dir = Path.Combine(_outer, "neck-site");

        // When `new site` makes it, then `check` and `build` run on it
        var made = CliRun.Start("new", "site", dir);
        var check = CliRun.Start("check", "--input", Path.Combine(dir, "input"), "--theme", Path.Combine(dir, "theme"));
        var build = CliRun.Start("build", "--no-search", "--quiet", "--input", Path.Combine(dir, "input"), "--theme", Path.Combine(dir, "theme"), "--output", Path.Combine(dir, "output"));

        // Then the site is there, its theme is the program's, and both commands pass with no diagnostics at all
        Assert.True(made.ExitCode == 0, made.Stderr);
        Assert.Contains("cd " + dir, made.Stdout);
        foreach (var file in new[] { ".gitignore", "README.md", "netlify.toml", "netlify-build.sh", "package.json", "package-lock.json", "input/site.yml", "input/routine.yml" })
        {
            Assert.True(File.Exists(Path.Combine(dir, file)), file);
        }

        Assert.False(File.Exists(Path.Combine(dir, "gitignore")));
        Assert.Equal(FolderSnapshot.Take(RepoPaths.Theme), FolderSnapshot.Take(Path.Combine(dir, "theme")));
        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.Equal(string.Empty, check.Stderr);
        Assert.Contains("no errors, 0 warning(s)", check.Stdout);
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Equal(string.Empty, build.Stderr);
        Assert.Contains("About neck pain (example)", File.ReadAllText(Path.Combine(dir, "output", "about-neck-pain", "index.html")));
        Assert.Contains("<h1>Example seated stretch</h1>", File.ReadAllText(Path.Combine(dir, "output", "exercises", "example-seated-stretch", "index.html")));

        // A site on another topic says nothing of this one's: no words of it come from the generator's code (issue 13)
        var pages = Directory.EnumerateFiles(Path.Combine(dir, "output"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.DoesNotContain("hamstring", File.ReadAllText(page), StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<meta name=\"description\" content=\"EXAMPLE. Replace with one sentence about the exercises",
            File.ReadAllText(Path.Combine(dir, "output", "exercises", "index.html")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(Path.Combine(dir, "netlify-build.sh")).HasFlag(UnixFileMode.UserExecute));
            Assert.False(File.GetUnixFileMode(Path.Combine(dir, "netlify.toml")).HasFlag(UnixFileMode.UserExecute));
        }
    }

    [Fact]
    public void New_site_is_an_example_to_replace_not_a_copy_of_the_real_content_and_names_nobody_issue_18()
    {
        var dir = Path.Combine(_outer, "site");
        Assert.Equal(0, CliRun.Start("new", "site", dir).ExitCode);

        var written = FolderSnapshot.Take(Path.Combine(dir, "input"));
        var real = FolderSnapshot.Take(RepoPaths.Input);
        Assert.Empty(written.Where(f => real.TryGetValue(f.Key, out var hash) && hash == f.Value).Select(f => f.Key));
        Assert.DoesNotContain(written.Keys, k => real.ContainsKey(k) && k.StartsWith("exercises/", StringComparison.Ordinal));
        var site = File.ReadAllText(Path.Combine(dir, "input", "site.yml"));
        // Nobody is named: the people are roles, in a comment, until real people agree to be named.
        Assert.DoesNotContain(site.Split('\n'), line => !line.StartsWith('#') && (line.StartsWith("people:", StringComparison.Ordinal) || line.Contains("name:", StringComparison.Ordinal)));
        Assert.All(Directory.EnumerateFiles(Path.Combine(dir, "input"), "*.md", SearchOption.AllDirectories), f => Assert.Contains("EXAMPLE", File.ReadAllText(f)));
        // The Netlify headers are the real site's: the same Content-Security-Policy and caching rules.
        var toml = File.ReadAllText(Path.Combine(dir, "netlify.toml"));
        var realToml = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        Assert.EndsWith(realToml[realToml.IndexOf("# Every response.", StringComparison.Ordinal)..], toml);
    }

    [Fact]
    public void New_site_refuses_a_folder_that_is_not_empty_and_changes_nothing_HB1201_issue_18()
    {
        // Given a folder holding someone's work
        var dir = Path.Combine(_outer, "work");
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "Call the physio on Monday.\n");
        var before = FolderSnapshot.Take(_outer);

        var run = CliRun.Start("new", "site", dir);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(dir + "(1,1): error HB1201: `new site` writes only into an empty or new folder, and this one holds 'input', 'notes.txt'. Nothing was written.", run.Stderr);
        Assert.Equal(before, FolderSnapshot.Take(_outer));
        Assert.Equal(["work"], Directory.EnumerateFileSystemEntries(_outer).Select(e => Path.GetFileName(e)!).ToArray());
    }

    [Fact]
    public void New_site_refuses_a_file_HB1202_and_a_missing_parent_folder_and_writes_nothing_issue_18()
    {
        var file = Path.Combine(_outer, "site");
        File.WriteAllText(file, "x");

        var onFile = CliRun.Start("new", "site", file);
        var noParent = CliRun.Start("new", "site", Path.Combine(_outer, "a", "b"));

        Assert.Equal(2, onFile.ExitCode);
        Assert.Contains("error HB1202: `new site` needs a folder, and this is a file.", onFile.Stderr);
        Assert.Equal(2, noParent.ExitCode);
        Assert.Contains("that would hold the new site does not exist", noParent.Stderr);
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_outer).Select(e => Path.GetFileName(e)!).ToArray());
    }

    [Fact]
    public void New_site_without_the_files_that_come_with_the_program_says_to_reinstall_HB1203_issue_18()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = NewSiteCommand.Run(Path.Combine(_outer, "site"), Path.Combine(_outer, "no-starter"), RepoPaths.Theme, stdout, stderr);

        Assert.Equal(1, code);
        Assert.Contains("no-starter(1,1): error HB1203: The starter site and theme that come with HamstringBack are not next to the program. Reinstall the tool", stderr.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_outer));
    }

    [Fact]
    public void A_project_without_a_theme_folder_builds_with_the_theme_that_comes_with_the_program_issue_18()
    {
        // Given a project with input/ only (the starter's), and the program run in it
        var dir = Path.Combine(_outer, "site");
        Assert.Equal(0, CliRun.Start("new", "site", dir).ExitCode);
        Directory.Delete(Path.Combine(dir, "theme"), recursive: true);

        var run = CliProcess.Run(CliProcess.Program, dir, "check");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Checked 18 pages: no errors, 0 warning(s).", run.Stdout);
        Assert.False(Directory.Exists(Path.Combine(dir, "theme")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_outer))
        {
            Directory.Delete(_outer, recursive: true);
        }
    }
}
