using HamstringBack.Cli;

namespace HamstringBack.Core.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
