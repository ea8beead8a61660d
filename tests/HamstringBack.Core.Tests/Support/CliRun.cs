using HamstringBack.Cli;

namespace HamstringBack.Core.Tests.Support;

/// <summary>The outcome of running the command-line program in-process.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs the CLI with <paramref name="args"/>, capturing its output.</summary>
    public static CliRun Start(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
