using System.Diagnostics;

namespace HamstringBack.Cli.Search;

/// <summary>Runs one of the npm tools the build uses (npm itself, pagefind) to its end.</summary>
internal static class ToolProcess
{
    /// <summary>
    /// The program's exit code and what it wrote (error output first). Throws
    /// <see cref="System.ComponentModel.Win32Exception"/> when it cannot be started.
    /// </summary>
    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors + output.Result);
    }
}
