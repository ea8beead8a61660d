using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace HamstringBack.Cli;

/// <summary>
/// The options the commands share, each declared once with its help text; a command adds those it honours, so
/// System.CommandLine refuses the others (exit 2).
/// </summary>
public sealed class CliOptions
{
    public Option<string> Input { get; } = Text("--input", "DIR", "Content folder", "input");

    public Option<string?> Theme { get; } = Text("--theme", "DIR", "Theme folder (default: theme, or the program's own theme when there is none)");

    public Option<string> Output { get; } = Text("--output", "DIR", "Where the site is written; replaced only when empty or built before", "output");

    public Option<string?> BaseUrl { get; } = Text("--base-url", "URL", "Published address of the site; overrides base_url in input/site.yml");

    public Option<string?> Group { get; } = Text("--group", "NAME", "The group to put it in, e.g. back-pain or 02-back-pain (a new group when there is none of that name)");

    public Option<int> Port { get; } = new("--port")
    {
        HelpName = "N",
        Description = "Port to serve on; 0 picks a free one",
        DefaultValueFactory = _ => 5080,
        CustomParser = ParsePort,
    };

    public Option<bool> Quiet { get; } = new("--quiet") { Description = "Print only problems" };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Also print how long each stage took" };

    public Option<bool> NoSearch { get; } = new("--no-search") { Description = "Skip the search index (the search page then lists every page)" };

    /// <summary>An option with a value that may not be blank (`--output ""` is a usage error, not the current folder).</summary>
    private static Option<string> Text(string name, string helpName, string description, string fallback)
    {
        var option = new Option<string>(name) { HelpName = helpName, Description = description, DefaultValueFactory = _ => fallback };
        option.Validators.Add(NotBlank);
        return option;
    }

    private static Option<string?> Text(string name, string helpName, string description)
    {
        var option = new Option<string?>(name) { HelpName = helpName, Description = description };
        option.Validators.Add(NotBlank);
        return option;
    }

    private static void NotBlank(OptionResult result)
    {
        if (result.Tokens is [var token] && string.IsNullOrWhiteSpace(token.Value))
        {
            result.AddError($"{result.Option.Name} needs a value.");
        }
    }

    private static int ParsePort(ArgumentResult result)
    {
        if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535)
        {
            return port;
        }

        result.AddError("--port needs a number from 0 to 65535.");
        return 0;
    }
}
