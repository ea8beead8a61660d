using System.Diagnostics;
using System.Net.Sockets;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 12: every file the build reads is an ordinary file inside input/ or theme/, reached through links that
/// stay inside; anything else is a located diagnostic, never a leak, a hang or a stack trace.
/// </summary>
public sealed class FileRulesTests
{
    [Fact]
    public void Issue12_a_link_through_a_linked_folder_that_leaves_input_is_refused_and_the_secret_is_not_published()
    {
        // Given input/foo -> a folder outside input/, and an image that links to ../foo/secret.svg
        using var site = new TempSite().NamePeople();
        site.Write("elsewhere/secret.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>SECRET</title></svg>");
        File.CreateSymbolicLink(Path.Combine(site.Input, "foo"), Path.Combine(site.Root, "elsewhere"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "images", "secret.svg"), "../foo/secret.svg");

        // When the site is built
        var result = site.Build();

        // Then the image is refused as outside input/, and nothing is published
        var error = Assert.Single(result.Diagnostics, d => d.IsError); // the linked folder itself is only unused (HB1102, issue 16)
        Assert.Equal("input/images/secret.svg(1,1): error HB0007: This file is a link to a place outside the input folder. Replace the link with a real file inside input/.", error.ToString());
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Issue12_a_link_through_proc_self_cannot_publish_the_build_environment()
    {
        using var site = new TempSite().NamePeople();
        File.CreateSymbolicLink(Path.Combine(site.Input, "self"), "/proc/self");
        File.CreateSymbolicLink(Path.Combine(site.Input, "images", "environ.svg"), "../self/environ");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError); // the linked folder itself is only unused (HB1102, issue 16)
        Assert.Equal("HB0007", error.Code);
        Assert.Equal("input/images/environ.svg", error.File);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("environ", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue12_a_theme_file_through_a_linked_folder_that_leaves_theme_is_refused()
    {
        using var site = new TempSite().NamePeople();
        site.Write("elsewhere/leak.txt", "SECRET");
        File.CreateSymbolicLink(Path.Combine(site.Theme, "foo"), Path.Combine(site.Root, "elsewhere"));
        File.CreateSymbolicLink(Path.Combine(site.Theme, "static", "leak.txt"), "../foo/leak.txt");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("theme/static/leak.txt(1,1): error HB0007: This file is a link to a place outside the theme folder. Replace the link with a real file inside theme/.", error.ToString());
    }

    [Fact]
    public async Task Issue12_a_theme_folder_that_links_to_itself_is_not_followed_for_ever()
    {
        using var site = new TempSite().NamePeople();
        File.CreateSymbolicLink(Path.Combine(site.Theme, "assets", "loop"), ".");

        var build = Task.Run(() => site.Build());

        Assert.True(await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60))) == build, "the build did not finish");
        var result = await build;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Issue12_a_dangling_emacs_lock_link_is_skipped_with_a_warning_and_build_and_check_succeed()
    {
        // Given the lock link Emacs keeps beside a file being edited
        using var site = new TempSite().NamePeople();
        File.CreateSymbolicLink(Path.Combine(site.Input, "sections", ".#04-stretching.md"), "editor@host.12345:1700000000");

        // When built in memory and through the CLI
        var result = site.Build();
        var build = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--no-search");
        var check = CliRun.Start("check", "--input", site.Input, "--theme", site.Theme);

        // Then it is skipped with a warning naming it, and both commands succeed
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("input/sections/.#04-stretching.md(1,1): warning HB0022: Skipped: this looks like an editor's lock or backup file. It goes away when you close the file in your editor; if it stays, delete it.", warning.ToString());
        Assert.Equal(0, build.ExitCode);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("warning HB0022", check.Stderr + check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue12_a_dangling_link_is_a_located_error_and_build_and_check_exit_1_without_a_stack_trace()
    {
        using var site = new TempSite().NamePeople();
        File.CreateSymbolicLink(Path.Combine(site.Input, "sections", "09-gone.md"), "09-moved-away.md");

        var result = site.Build();
        var build = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--no-search");
        var check = CliRun.Start("check", "--input", site.Input, "--theme", site.Theme);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/sections/09-gone.md(1,1): error HB0020: This file is a link to something that does not exist (or links that lead round in a circle). Delete the link, or replace it with a real file inside input/.", error.ToString());
        AssertFailedCleanly(build, "error HB0020");
        AssertFailedCleanly(check, "error HB0020");
    }

    [Fact]
    public void Issue12_a_link_loop_is_a_located_error()
    {
        using var site = new TempSite().NamePeople();
        File.CreateSymbolicLink(Path.Combine(site.Input, "exercises", "a.yml"), "b.yml");
        File.CreateSymbolicLink(Path.Combine(site.Input, "exercises", "b.yml"), "a.yml");

        var result = site.Build();

        Assert.Equal(["input/exercises/a.yml HB0020", "input/exercises/b.yml HB0020"], result.Diagnostics.Select(d => $"{d.File} {d.Code}"));
    }

    [Fact]
    public async Task Issue12_a_fifo_in_input_is_an_error_and_the_build_returns_quickly()
    {
        // Given a named pipe where an exercise file would be
        using var site = new TempSite().NamePeople();
        var fifo = Path.Combine(site.Input, "exercises", "pipe.yml");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // When built (through the CLI, as an editor would)
        var build = Task.Run(() => CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--no-search"));
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60))) == build;
        if (!finished)
        {
            // Release a build stuck opening the pipe, so the test run itself can end.
            await using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        }

        // Then it ends promptly with a located error
        Assert.True(finished, "the build hung on the FIFO");
        AssertFailedCleanly(await build, "input/exercises/pipe.yml(1,1): error HB0021: This is a named pipe (FIFO), not an ordinary file, so it is not read. Delete it, or move it out of input/.");
    }

    [Fact]
    public void Issue12_a_socket_in_input_is_an_error()
    {
        using var site = new TempSite().NamePeople();
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(site.Input, "images", "socket.svg")));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/images/socket.svg(1,1): error HB0021: This is a socket, not an ordinary file, so it is not read. Delete it, or move it out of input/.", error.ToString());
    }

    [Theory]
    [InlineData("exercises/bird-dog.yml", "exercises/bird-dog.YML")]
    [InlineData("exercises/bird-dog.yml", "exercises/Bird-Dog.yml")]
    [InlineData("sections/04-stretching.md", "sections/04-stretching.MD")]
    [InlineData("sections/04-stretching.md", "sections/04-Stretching.md")]
    [InlineData("images/pelvis-tilt.svg", "images/pelvis-tilt.SVG")]
    public void Issue12_two_names_that_differ_only_in_capitals_are_a_located_error_naming_both(string existing, string copy)
    {
        // Given a copy of a file whose name differs only in capital letters
        using var site = new TempSite().NamePeople();
        File.Copy(Path.Combine(site.Input, existing), Path.Combine(site.Input, copy));

        // When built, in memory and through the CLI
        var result = site.Build();
        var build = CliRun.Start("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--no-search");

        // Then the later name (in ordinal order) is reported, naming the other
        var (first, second) = string.CompareOrdinal(existing, copy) < 0 ? (existing, copy) : (copy, existing);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "HB0024");
        Assert.Equal($"input/{second}(1,1): error HB0024: This file's name and input/{first}'s differ only in capital letters, so on Windows and macOS they are the same file. Rename or delete one of them.", error.ToString());
        AssertFailedCleanly(build, "error HB0024");
    }

    [Fact]
    public void Issue12_a_site_yml_that_is_a_folder_has_its_own_error()
    {
        using var site = new TempSite().NamePeople();
        site.Delete("input/site.yml");
        site.Write("input/site.yml/notes.txt", "oops");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/site.yml(1,1): error HB0023: This must be a file, but it is a folder. Move what is in the folder elsewhere, delete the folder, and put the file back (see docs/editing.md).", error.ToString());
    }

    [Fact]
    public void Issue12_a_file_that_cannot_be_read_is_a_located_error()
    {
        // Tests run as root, who may read anything, so the read failure comes from asking to read a folder as a file.
        using var site = new TempSite().NamePeople();
        var diagnostics = new DiagnosticBag();
        var folder = new SafeFolder(site.Input, "input", "input", diagnostics);

        var bytes = folder.Read(new FileInfo(Path.Combine(site.Input, "sections")), "sections");

        Assert.Null(bytes);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("input/sections(1,1): error HB0025: The file cannot be read (permission denied). Check that you may read it (its permissions), or replace it with a copy.", error.ToString());
    }

    [Fact]
    public void Issue12_a_drawing_with_script_is_reported_again_by_a_cached_rebuild()
    {
        using var site = new TempSite().NamePeople();
        site.Edit("input/images/pelvis-tilt.svg", "<title>", "<script>alert(1)</script><title>");
        var cache = new BuildCache();
        var options = new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = "theme" };

        var first = new SiteBuilder { Cache = cache }.Build(options);
        var second = new SiteBuilder { Cache = cache }.Build(options);

        Assert.Equal("HB0032", Assert.Single(first.Diagnostics).Code);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    private static void AssertFailedCleanly(CliRun run, string expected)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }
}
