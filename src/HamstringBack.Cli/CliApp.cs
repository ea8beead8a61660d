using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Cli;

/// <summary>
/// The command line, declared with System.CommandLine (which derives parsing, help and completions from it), and
/// the only place that maps failures to exit codes.
/// </summary>
public static class CliApp
{
    /// <summary>The name the program is installed and run under; the help's usage lines and error hints use it.</summary>
    public const string Name = "hamstringback";

    /// <summary>Runs the program with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var parsed = Root().Parse(args);
            if (parsed.Action is ParseErrorAction)
            {
                stderr.WriteLine($"error: {FirstError(parsed)} See '{CommandPath(parsed.CommandResult)} --help'.");
                return ExitCodes.Usage;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
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

    /// <summary>Every command with its options and arguments: what the program takes, and the help it shows.</summary>
    public static RootCommand Root()
    {
        var options = new CliOptions();
        var root = new RootCommand("HamstringBack: builds a health site from input/ and theme/ into output/.")
        {
            PreviewCommand.Create(options),
            CheckCommand.Create(options),
            NewCommand.Create(options),
            BuildCommand.Create(options),
        };
        root.HelpName = Name;
        root.Add(HelpCommand(root));
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithEpilogue((HelpAction)help.Action!);
        return root;
    }

    /// <summary>`help [COMMAND]`: the same text as `[COMMAND] --help`.</summary>
    private static Command HelpCommand(RootCommand root)
    {
        var words = new Argument<string[]>("COMMAND") { Description = "The command to explain, e.g. build or new section", Arity = ArgumentArity.ZeroOrMore };
        var help = new Command("help", "Show this text, or a command's own with help COMMAND.") { words };
        help.SetAction(result => root.Parse([.. result.GetValue(words) ?? [], "--help"]).Invoke(result.InvocationConfiguration));
        return help;
    }

    /// <summary>
    /// One line for the usage error: the first word System.CommandLine could not take ('publish' rather than "Required
    /// command was not provided."), else its first error.
    /// </summary>
    private static string FirstError(ParseResult parsed)
    {
        var errors = parsed.Errors.Select(e => e.Message).ToList();
        var unknown = parsed.UnmatchedTokens.Select(token => errors.FirstOrDefault(e => e.Contains($"'{token}'", StringComparison.Ordinal))).FirstOrDefault();
        return unknown ?? errors[0];
    }

    /// <summary>"hamstringback new section": the command a parse result got to, for a hint to its help.</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? at = command; at is CommandResult { Parent: not null } sub; at = sub.Parent)
        {
            names.Insert(0, sub.Command.Name);
        }

        return string.Join(' ', [Name, .. names]);
    }

    /// <summary>System.CommandLine's help for a command, then where the rest is written and what the exit codes mean.</summary>
    private sealed class HelpWithEpilogue(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            help.Invoke(parseResult);
            var stdout = parseResult.InvocationConfiguration.Output;
            stdout.WriteLine($"In the repository, run it as: dotnet run --project src/HamstringBack.Cli -- <command> [options]");
            stdout.WriteLine("The editor's guide, with every key and error code: docs/editing.md.");
            stdout.WriteLine("Exit codes: 0 success, 1 content errors (listed as file(line,col): error CODE: message), 2 usage errors.");
            return ExitCodes.Success;
        }
    }
}
