using HamstringBack.Core.Diagnostics;

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
        catch (Exception e)
        {
            // Last resort (issue 12): every known failure is a located diagnostic; anything else is a bug, reported
            // on one line, with the stack trace only when asked for.
            var inner = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
            stderr.WriteLine(ControlCharacters.Escape($"error: internal error ({inner.GetType().Name}: {inner.Message}). This is a bug in HamstringBack, not in your files; please report it{(args.Contains("--verbose") ? "." : ", with the output of the same command run with --verbose.")}"));
            if (args.Contains("--verbose"))
            {
                stderr.WriteLine(e.ToString());
            }

            return ExitCodes.InternalError;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage.Text);
        return ExitCodes.Success;
    }
}
