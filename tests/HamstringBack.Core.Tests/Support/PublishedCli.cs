namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// The CLI as `dotnet publish -c Release` makes it (ahead-of-time compiled, native), published once for the tests
/// that use it, into a temporary folder. It publishes a copy of src/ (and the repository's build settings), so its
/// restore and Release build never meet another test's `dotnet run -c Release` in the same obj/ folders.
/// </summary>
public sealed class PublishedCli : IDisposable
{
    public PublishedCli()
    {
        var root = Path.Combine(Path.GetTempPath(), "hb-published-" + Guid.NewGuid().ToString("N"));
        _root = root;
        Folder = Path.Combine(root, "bin");
        var copy = Path.Combine(root, "repo");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
        {
            Directory.CreateDirectory(copy);
            File.Copy(Path.Combine(RepoPaths.Root, file), Path.Combine(copy, file));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(copy, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // Without debug information (DebugType=none: no PDBs, no DWARF from the AOT compiler, nothing to split off
        // and strip) and without the XML documentation: the program's code is the same, the publish does less work
        // (issue 13: CI time). The test build checks the documentation comments already.
        var publish = Run("dotnet", copy, "publish", "src/HamstringBack.Cli", "-c", "Release", "-o", Folder, "--nologo",
            "-p:DebugType=none", "-p:GenerateDocumentationFile=false");
        PublishLog = publish.Stdout + publish.Stderr;
        PublishExitCode = publish.ExitCode;
    }

    private readonly string _root;

    public string Folder { get; }

    public string Program => Path.Combine(Folder, "hamstringback");

    public int PublishExitCode { get; }

    public string PublishLog { get; }

    /// <summary>Runs the published program in <paramref name="workingDir"/>.</summary>
    public CliRun Start(string workingDir, params string[] args) => Run(Program, workingDir, args);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static CliRun Run(string file, string workingDir, params string[] args) => CliProcess.Run(file, workingDir, args);
}
