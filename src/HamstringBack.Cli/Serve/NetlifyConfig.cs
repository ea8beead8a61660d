using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;

namespace HamstringBack.Cli.Serve;

/// <summary>
/// What netlify.toml says (read with Tomlyn): the build command, the publish folder, and the response headers
/// of each path, so `preview` and the tests serve exactly the headers Netlify will.
/// </summary>
public sealed class NetlifyConfig
{
    private readonly IReadOnlyList<(Regex For, IReadOnlyList<KeyValuePair<string, string>> Values)> _rules;

    private NetlifyConfig(string command, string publish, IReadOnlyList<(Regex, IReadOnlyList<KeyValuePair<string, string>>)> rules)
    {
        BuildCommand = command;
        Publish = publish;
        _rules = rules;
    }

    /// <summary>[build] command.</summary>
    public string BuildCommand { get; }

    /// <summary>[build] publish: the folder Netlify serves.</summary>
    public string Publish { get; }

    /// <summary>Reads <paramref name="path"/>; throws <see cref="TomlException"/> when it is not valid TOML.</summary>
    public static NetlifyConfig Load(string path)
    {
        var model = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(path), NetlifyToml.Default) ?? new TomlTable();
        var build = model.TryGetValue("build", out var b) && b is TomlTable table ? table : new TomlTable();
        var rules = new List<(Regex, IReadOnlyList<KeyValuePair<string, string>>)>();
        if (model.TryGetValue("headers", out var h) && h is TomlTableArray headers)
        {
            foreach (var rule in headers)
            {
                var pattern = "^" + Regex.Escape((string)rule["for"]).Replace("\\*", ".*", StringComparison.Ordinal) + "$";
                var values = ((TomlTable)rule["values"]).Select(v => KeyValuePair.Create(v.Key, Convert.ToString(v.Value)!)).ToList();
                rules.Add((new Regex(pattern, RegexOptions.CultureInvariant), values));
            }
        }

        return new NetlifyConfig(
            build.TryGetValue("command", out var command) ? (string)command : string.Empty,
            build.TryGetValue("publish", out var publish) ? (string)publish : "output",
            rules);
    }

    /// <summary>
    /// The headers for a request path. Every matching rule applies, in file order; when two set the same header,
    /// the later (narrower) rule wins, as Netlify's own local server does.
    /// </summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, values) in _rules.Where(r => r.For.IsMatch(path)))
        {
            foreach (var (name, value) in values)
            {
                headers[name] = value;
            }
        }

        return headers;
    }
}
