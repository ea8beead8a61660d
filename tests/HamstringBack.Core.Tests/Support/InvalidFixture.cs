using System.Text;
using System.Text.RegularExpressions;

namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// One case of Fixtures/Invalid/ (issue 13): files laid over a copy of the real input/ and theme/ ("input/…",
/// "theme/…"), files to remove ("delete.txt", one path a line) and the exact diagnostics ("expected.txt").
/// A case is one text file, &lt;case&gt;.txtar, in the txtar format of Go's tools and Hugo's integration tests:
/// each file starts with a line "-- path --" and runs to the next such line. A case whose bytes no text file can
/// hold (a byte-order mark, CRLF, invalid UTF-8, UTF-16) is a folder &lt;case&gt;/ with the same files in it.
/// </summary>
public sealed partial class InvalidFixture
{
    private const string Extension = ".txtar";

    private readonly string _source;

    private InvalidFixture(string name, string source, IReadOnlyList<KeyValuePair<string, byte[]>> files)
    {
        Name = name;
        _source = source;
        Files = files;
    }

    /// <summary>Where the cases are, next to the tests.</summary>
    public static string Folder => Path.Combine(RepoPaths.Fixtures, "Invalid");

    public string Name { get; }

    /// <summary>Every file of the case, by its path in the case ("input/site.yml", "expected.txt").</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> Files { get; }

    /// <summary>The expected diagnostic lines, without empty ones.</summary>
    public IReadOnlyList<string> Expected => Lines("expected.txt");

    /// <summary>The case's files under input/, by their path inside input/.</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> InputFiles =>
        Files.Where(f => f.Key.StartsWith("input/", StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(f.Key["input/".Length..], f.Value));

    /// <summary>Whether the case lays a file over theme/ or deletes one there.</summary>
    public bool ChangesTheme =>
        Files.Any(f => f.Key.StartsWith("theme/", StringComparison.Ordinal)) || Lines("delete.txt").Any(p => p.StartsWith("theme/", StringComparison.Ordinal));

    /// <summary>Every case's name, sorted.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFileSystemEntries(Folder)
            .Where(p => Directory.Exists(p) || p.EndsWith(Extension, StringComparison.Ordinal))
            .Select(p => Path.GetFileName(p).Replace(Extension, string.Empty, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>Reads the case <paramref name="name"/>, from its .txtar file or its folder.</summary>
    public static InvalidFixture Load(string name)
    {
        var archive = Path.Combine(Folder, name + Extension);
        if (File.Exists(archive))
        {
            return new InvalidFixture(name, archive, ParseTxtar(File.ReadAllText(archive)));
        }

        var folder = Path.Combine(Folder, name);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => KeyValuePair.Create(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
        return new InvalidFixture(name, folder, files);
    }

    /// <summary>Lays the case's input/ and theme/ files over <paramref name="site"/>, then deletes what delete.txt lists.</summary>
    public void ApplyTo(TempSite site)
    {
        foreach (var (path, bytes) in Files.Where(f => f.Key.StartsWith("input/", StringComparison.Ordinal) || f.Key.StartsWith("theme/", StringComparison.Ordinal)))
        {
            site.WriteBytes(path, bytes);
        }

        foreach (var path in Lines("delete.txt"))
        {
            site.Delete(path);
        }
    }

    /// <summary>
    /// Rewrites expected.txt in the repository's copy of the case (HB_UPDATE_FIXTURES=1), keeping its other files
    /// as they are.
    /// </summary>
    public void SaveExpected(IEnumerable<string> lines)
    {
        var inRepository = Path.Combine(RepoPaths.Root, "tests", "HamstringBack.Core.Tests", Path.GetRelativePath(AppContext.BaseDirectory, _source));
        var expected = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        if (Directory.Exists(inRepository))
        {
            File.WriteAllBytes(Path.Combine(inRepository, "expected.txt"), expected);
            return;
        }

        var text = new StringBuilder();
        foreach (var (path, bytes) in Files.Where(f => f.Key != "expected.txt").Append(KeyValuePair.Create("expected.txt", expected)))
        {
            text.Append("-- ").Append(path).Append(" --\n").Append(Encoding.UTF8.GetString(bytes));
        }

        File.WriteAllText(inRepository, text.ToString());
    }

    /// <summary>
    /// The files of a txtar archive: a "-- path --" line starts each, and its text runs to the next such line.
    /// Text before the first one is a comment.
    /// </summary>
    internal static List<KeyValuePair<string, byte[]>> ParseTxtar(string text)
    {
        var markers = Marker().Matches(text);
        return markers.Select((m, i) => KeyValuePair.Create(
                m.Groups[1].Value,
                Encoding.UTF8.GetBytes(text[(m.Index + m.Length)..(i + 1 < markers.Count ? markers[i + 1].Index : text.Length)])))
            .ToList();
    }

    private IReadOnlyList<string> Lines(string path) =>
        Files.Where(f => f.Key == path)
            .SelectMany(f => Encoding.UTF8.GetString(f.Value).Split('\n'))
            .Where(l => l.Length > 0)
            .ToList();

    [GeneratedRegex(@"^-- (\S.*?) --\n", RegexOptions.Multiline)]
    private static partial Regex Marker();
}
