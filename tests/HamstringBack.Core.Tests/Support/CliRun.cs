using System.Diagnostics;
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

    /// <summary>
    /// Runs the CLI in-process on a thread with the 8 MiB stack of the main thread the program runs on, as a child
    /// process did (issue 12), without starting the runtime again for each case (issue 13: CI time). Input nested
    /// deeply enough to overflow the program's stack overflows here too: that ends the test run, which then fails
    /// and names the test (blame).
    /// </summary>
    public static CliRun OnMainThreadStack(params string[] args)
    {
        CliRun? run = null;
        var thread = new Thread(() => run = Start(args), maxStackSize: 8 * 1024 * 1024);
        thread.Start();
        thread.Join();
        return run!;
    }

    /// <summary>
    /// Runs <paramref name="program"/> (the published one, <see cref="PublishedCli"/>) in <paramref name="workingDir"/>
    /// as a child process with extra environment variables (e.g. a GC heap limit, or only a stand-in npm on PATH);
    /// kills it and fails the test when it has not finished within <paramref name="timeout"/>.
    /// </summary>
    public static CliRun InChildProcess(string program, string workingDir, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = CliProcess.StartInfo(program, workingDir, args);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"hamstringback {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s (killed).");
        }

        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
