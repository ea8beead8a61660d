namespace HamstringBack.Cli;

/// <summary>Dispatches a command line to its command; the only place that maps failures to exit codes.</summary>
public static class CliApp
{
    /// <summary>Runs the program with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var parsed = CliArguments.Parse(args);
            return parsed.Command switch
            {
                "help" or "" when parsed.Flags.Contains("help") || parsed.Command == "help" => Help(stdout),
                "build" or "check" or "preview" or "new" when parsed.Flags.Contains("help") => Help(stdout),
                "build" => BuildCommand.Run(parsed, stdout, stderr),
                "check" => CheckCommand.Run(parsed, stdout, stderr),
                "new" => NewCommand.Run(parsed, stdout, stderr),
                "preview" => PreviewCommand.Run(parsed, stdout, stderr),
                "" => throw new UsageException("No command given."),
                var other => throw new UsageException($"Unknown command '{other}'."),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine();
            stderr.WriteLine(Usage.Text);
            return ExitCodes.Usage;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage.Text);
        return ExitCodes.Success;
    }
}
