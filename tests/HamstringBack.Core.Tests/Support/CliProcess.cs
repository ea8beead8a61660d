using System.Diagnostics;

namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// The CLI run as a process of its own, in a working folder of its choosing: the program built beside the tests
/// (<see cref="Program"/>), or the published one (<see cref="PublishedCli"/>).
/// </summary>
public static class CliProcess
{
    /// <summary>The CLI's own launcher, which the build copies next to the tests.</summary>
    public static string Program { get; } = Path.Combine(AppContext.BaseDirectory, "hamstringback");

    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDir"/> and waits for it to end.</summary>
    public static CliRun Run(string program, string workingDir, params string[] args)
    {
        using var process = Process.Start(StartInfo(program, workingDir, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr);
    }

    /// <summary>How to start <paramref name="program"/> in <paramref name="workingDir"/>, output captured.</summary>
    public static ProcessStartInfo StartInfo(string program, string workingDir, params string[] args) =>
        new(program, args)
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
}
