namespace HamstringBack.Core.Tests;

/// <summary>
/// A throw-away copy of the real input/ and theme/ in a temporary folder, for tests that change one file
/// and look at what the build, `check` or `preview` make of it. Deleted on dispose.
/// </summary>
public sealed class SiteCopy : IDisposable
{
    public SiteCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "hb-site-" + Guid.NewGuid().ToString("N"));
        Copy(RepoPaths.Input, Input);
        Copy(RepoPaths.Theme, Theme);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    /// <summary>Build options for the copy, with the input and theme folders displayed as "input" and "theme".</summary>
    public BuildOptions Options(string? baseUrl = null) => new(Input, Theme, baseUrl);

    /// <summary>Replaces <paramref name="find"/> by <paramref name="replace"/> in a file of the copy (path below Root); fails if absent.</summary>
    public void Edit(string path, string find, string replace)
    {
        var full = Path.Combine(Root, path);
        var text = File.ReadAllText(full);
        Assert.Contains(find, text);
        File.WriteAllText(full, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>Diagnostics of a build of the copy, with the temp folder taken out of paths.</summary>
    public IEnumerable<string> Lines(IEnumerable<Diagnostics.Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.ToString().Replace(Root.Replace('\\', '/') + "/", string.Empty, StringComparison.Ordinal));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
