namespace HamstringBack.Core.Write;

/// <summary>
/// The small file a build leaves in its output folder, listing every file it wrote there (the site and the search
/// index), so the next build knows the folder is its own to replace and that nobody added a file to it since.
/// It is not part of the site: the offline manifest does not list it.
/// </summary>
public static class OutputStamp
{
    /// <summary>The stamp's file name, at the top of the output folder.</summary>
    public const string FileName = ".hamstringback-output";

    private const string Header = "# Written by `hamstringback build`. The next build replaces this folder only while it holds just these files.";

    /// <summary>
    /// Writes the stamp into <paramref name="folder"/>, listing <paramref name="files"/> when the caller knows them
    /// all, or else every file found in the folder.
    /// </summary>
    public static void Write(string folder, IEnumerable<string>? files = null)
    {
        var lines = (files ?? Entries(folder)).Order(StringComparer.Ordinal).Prepend(Header);
        File.WriteAllText(Path.Combine(folder, FileName), string.Join('\n', lines) + "\n");
    }

    /// <summary>The files the stamp in <paramref name="folder"/> lists, or null when the folder has no stamp.</summary>
    public static IReadOnlySet<string>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            return null;
        }

        var lines = File.ReadAllLines(path);
        return lines.Length > 0 && lines[0] == Header
            ? lines.Skip(1).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : null;
    }

    /// <summary>
    /// Every file and link under <paramref name="folder"/> (relative, with '/'), but not the stamp itself; links to
    /// folders are listed, not followed. Folders are not listed: an empty one holds nothing to lose.
    /// </summary>
    public static IEnumerable<string> Entries(string folder)
    {
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false };
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos("*", options))
            {
                var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
                if (entry is DirectoryInfo && entry.LinkTarget is null)
                {
                    pending.Push(entry.FullName);
                }
                else if (relative != FileName)
                {
                    yield return relative;
                }
            }
        }
    }
}
