using System.Text;

namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// A throw-away copy of the real input/ and theme/ in a temporary folder, to change and build.
/// Builds name the folders "input" and "theme" in diagnostics, as in the repository.
/// </summary>
public sealed class TempSite : IDisposable
{
    public TempSite(bool copyInput = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "hb-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (copyInput)
        {
            Copy(RepoPaths.Input, Input);
        }

        Copy(RepoPaths.Theme, Theme);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    /// <summary>Writes a UTF-8 text file at a path relative to the root (e.g. "input/exercises/x.yml").</summary>
    public TempSite Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes raw bytes at a path relative to the root.</summary>
    public TempSite WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Replaces <paramref name="find"/> by <paramref name="replace"/> in a file relative to the root; fails if it is not there.</summary>
    public TempSite Edit(string relative, string find, string replace)
    {
        var text = Read(relative);
        Assert.Contains(find, text, StringComparison.Ordinal);
        return Write(relative, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>Reads a file relative to the root.</summary>
    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    /// <summary>Deletes a file or folder relative to the root.</summary>
    public TempSite Delete(string relative)
    {
        var path = Path.Combine(Root, relative);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }

        return this;
    }

    /// <summary>
    /// Gives the people of the copied site.yml names, so a build of the real input has no "person has no name yet"
    /// warning (HB0801, issue 17) in tests that expect a build without any diagnostic.
    /// </summary>
    public TempSite NamePeople() =>
        Edit("input/site.yml", "  - id: author\n", "  - id: author\n    name: Test Author\n")
            .Edit("input/site.yml", "  - id: reviewer\n", "  - id: reviewer\n    name: Test Reviewer\n");

    /// <summary>Builds in memory, naming the folders "input" and "theme" in messages; <paramref name="forCheck"/> keeps
    /// the Markdown syntax trees, as `check` does.</summary>
    public BuildResult Build(string? baseUrl = null, bool forCheck = false)
    {
        return new SiteBuilder().Build(new BuildOptions(Input, Theme, baseUrl) { InputLabel = "input", ThemeLabel = "theme", KeepSyntaxTrees = forCheck });
    }

    /// <summary>Builds into <see cref="Output"/> as `build` does, with <paramref name="search"/> making the search index (issue 13).</summary>
    public BuildResult BuildInto(Search.ISearchIndexer search) =>
        new SiteBuilder().Build(new BuildOptions(Input, Theme) { InputLabel = "input", ThemeLabel = "theme", Output = new Write.SiteOutput(Output, "output") { Search = search } });

    /// <summary>Copies every file under <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            // Links are not followed: a test may leave one to /proc/self or one that leads round in a circle.
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
            foreach (var file in Directory.EnumerateFiles(Root, "*", options))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
