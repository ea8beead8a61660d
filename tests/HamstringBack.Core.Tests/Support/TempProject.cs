using System.Text;

namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// A throw-away project folder as an editor has it (input/, theme/, a .git/ folder with files, a README), made
/// inside an outer temporary folder, so that even `..` from the project names a throw-away folder.
/// </summary>
public sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Outer = Path.Combine(Path.GetTempPath(), "hb-project-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Outer, "project");
        TempSite.Copy(RepoPaths.Input, Path.Combine(Root, "input"));
        TempSite.Copy(RepoPaths.Theme, Path.Combine(Root, "theme"));
        Write(".git/HEAD", "ref: refs/heads/main\n");
        Write(".git/objects/4b/825dc642cb6eb9a060e54bf8d69288fbee4904", "not really a git object");
        Write("README.md", "# My health site\n");
    }

    /// <summary>The folder around the project: its parent, and nothing else is in it.</summary>
    public string Outer { get; }

    /// <summary>The project folder, where the CLI runs.</summary>
    public string Root { get; }

    /// <summary>Writes a UTF-8 text file at a path relative to the project.</summary>
    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Every file of the outer folder (the project with its .git/) with a hash of its bytes.</summary>
    public IReadOnlyDictionary<string, string> Tree() => FolderSnapshot.Take(Outer);

    /// <summary>Every file outside the project's <paramref name="output"/> folder (relative to the project), hashed.</summary>
    public IReadOnlyDictionary<string, string> TreeOutside(string output)
    {
        var prefix = "project/" + output.TrimEnd('/') + "/";
        return Tree().Where(e => !e.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Outer, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
