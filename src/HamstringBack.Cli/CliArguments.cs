namespace HamstringBack.Cli;

/// <summary>A parsed command line: the command, its --options with values, its --flags and plain words.</summary>
public sealed record CliArguments(
    string Command,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlySet<string> Flags,
    IReadOnlyList<string> Words)
{
    private static readonly string[] ValueOptions = ["input", "theme", "output", "base-url", "port", "group"];
    private static readonly string[] FlagOptions = ["quiet", "verbose", "help", "no-open", "no-search"];

    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> for anything it does not know.</summary>
    public static CliArguments Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                flags.Add("help");
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                var eq = name.IndexOf('=');
                string? inline = null;
                if (eq >= 0)
                {
                    inline = name[(eq + 1)..];
                    name = name[..eq];
                }

                if (FlagOptions.Contains(name))
                {
                    flags.Add(name);
                }
                else if (ValueOptions.Contains(name))
                {
                    var value = inline ?? (i + 1 < args.Length ? args[++i] : null);
                    options[name] = string.IsNullOrWhiteSpace(value) ? throw new UsageException($"--{name} needs a value.") : value;
                }
                else
                {
                    throw new UsageException($"Unknown option '{arg}'.");
                }
            }
            else
            {
                words.Add(arg);
            }
        }

        var command = words.Count > 0 ? words[0] : (flags.Contains("help") ? "help" : string.Empty);
        return new CliArguments(command, options, flags, words.Skip(1).ToList());
    }

    /// <summary>The value of --<paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public string Get(string name, string fallback) => Options.TryGetValue(name, out var value) ? value : fallback;

    /// <summary>The value of --<paramref name="name"/>, or null.</summary>
    public string? Get(string name) => Options.GetValueOrDefault(name);
}
