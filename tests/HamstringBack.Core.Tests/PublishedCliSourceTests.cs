using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>
/// Issue 13: `.ci/run` publishes the native program in the background before the installs, and the published
/// program's fixture takes it only when it was published from exactly this repository's sources.
/// </summary>
public sealed class PublishedCliSourceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hb-early-" + Guid.NewGuid().ToString("N"));

    public PublishedCliSourceTests()
    {
        // What .ci/publish-native leaves behind: the copied sources, the program's folder, the log and the exit code.
        foreach (var file in PublishedCli.SourceFiles(RepoPaths.Root))
        {
            var target = Path.Combine(_folder, "repo", file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepoPaths.Root, file), target);
        }

        Directory.CreateDirectory(Path.Combine(_folder, "repo", "src", "HamstringBack.Cli", "obj"));
        File.WriteAllText(Path.Combine(_folder, "repo", "src", "HamstringBack.Cli", "obj", "project.assets.json"), "{}");
        Directory.CreateDirectory(Path.Combine(_folder, "bin"));
        File.WriteAllText(Path.Combine(_folder, "publish.log"), "published early\n");
        File.WriteAllText(Path.Combine(_folder, "exit-code"), "0\n");
    }

    [Fact]
    public void The_fixture_takes_a_program_published_early_from_the_same_sources()
    {
        var cli = new PublishedCli(_folder, TimeSpan.FromSeconds(5));

        Assert.True(cli.TookEarlyPublish);
        Assert.Equal(Path.Combine(_folder, "bin", "hamstringback"), cli.Program);
        Assert.Equal(0, cli.PublishExitCode);
        Assert.Equal("published early\n", cli.PublishLog);
        Assert.True(Directory.Exists(_folder), "the fixture deletes only a folder it published into itself");
    }

    [Fact]
    public void A_copy_with_one_changed_byte_is_not_the_same_sources()
    {
        var program = Path.Combine(_folder, "repo", "src", "HamstringBack.Cli", "Program.cs");
        var bytes = File.ReadAllBytes(program);
        bytes[^1] ^= 0x20;
        File.WriteAllBytes(program, bytes);

        Assert.False(PublishedCli.SameSources(_folder));
    }

    [Fact]
    public void A_copy_with_a_file_more_or_less_is_not_the_same_sources()
    {
        Assert.True(PublishedCli.SameSources(_folder));
        File.WriteAllText(Path.Combine(_folder, "repo", "src", "HamstringBack.Core", "Extra.cs"), "// not in the repository\n");
        Assert.False(PublishedCli.SameSources(_folder));
        File.Delete(Path.Combine(_folder, "repo", "src", "HamstringBack.Core", "Extra.cs"));
        File.Delete(Path.Combine(_folder, "repo", "Directory.Packages.props"));
        Assert.False(PublishedCli.SameSources(_folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
