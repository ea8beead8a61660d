using System.Diagnostics;

namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// The CLI as `dotnet publish -c Release` makes it (ahead-of-time compiled, native), published once for the tests
/// that use it, into a temporary folder.
/// </summary>
public sealed class PublishedCli : IDisposable
{
    public PublishedCli()
    {
        Folder = Path.Combine(Path.GetTempPath(), "hb-published-" + Guid.NewGuid().ToString("N"));
        var publish = Run("dotnet", RepoPaths.Root, "publish", "src/HamstringBack.Cli", "-c", "Release", "-o", Folder, "--nologo");
        PublishLog = publish.Stdout + publish.Stderr;
        PublishExitCode = publish.ExitCode;
    }

    public string Folder { get; }

    public string Program => Path.Combine(Folder, "hamstringback");

    public int PublishExitCode { get; }

    public string PublishLog { get; }

    /// <summary>Runs the published program in <paramref name="workingDir"/>.</summary>
    public CliRun Start(string workingDir, params string[] args) => Run(Program, workingDir, args);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static CliRun Run(string file, string workingDir, params string[] args)
    {
        var start = new ProcessStartInfo(file, args)
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr);
    }
}
