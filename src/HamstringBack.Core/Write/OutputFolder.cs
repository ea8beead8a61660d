using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Write;

/// <summary>
/// Which folder a build may replace (issue 12: nothing the build is pointed at is ever lost). Never the input or
/// theme folder, nor one inside or around them; never the current folder or a folder above it; and only a folder
/// that is missing, empty, or holds just the files an earlier build wrote (see <see cref="OutputStamp"/>).
/// </summary>
public static class OutputFolder
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// Refuses an output path that is, contains or lies inside one of <paramref name="sources"/> (what, path), or
    /// that is <paramref name="workingDir"/> or a folder above it; null when the place is allowed. Links are
    /// followed, so another name for the same folder is refused too.
    /// </summary>
    public static Diagnostic? CheckPlace(string output, string display, string workingDir, params (string What, string Path)[] sources)
    {
        var target = RealPath(output);
        if (IsSameOrInside(RealPath(workingDir), target))
        {
            return Errors.OutputHoldsProject(display);
        }

        foreach (var (what, path) in sources)
        {
            var source = RealPath(path);
            if (IsSameOrInside(source, target) || IsSameOrInside(target, source))
            {
                var relation = string.Equals(source, target, PathComparison) ? "is"
                    : IsSameOrInside(source, target) ? "contains"
                    : "lies inside";
                return Errors.OutputOverlapsFolder(display, what, relation);
            }
        }

        return null;
    }

    /// <summary>
    /// Refuses an existing folder holding anything no build wrote: a non-empty folder without a stamp, or files
    /// its stamp does not list. Null when the folder is missing, empty or entirely an earlier build's output.
    /// </summary>
    public static Diagnostic? CheckContents(string output, string display)
    {
        var full = Path.GetFullPath(output);
        if (!Directory.Exists(full))
        {
            return null;
        }

        var written = OutputStamp.Read(full);
        if (written is null && !Directory.EnumerateFileSystemEntries(full, "*", new EnumerationOptions { AttributesToSkip = 0 }).Any())
        {
            return null;
        }

        var foreign = OutputStamp.Entries(full).Where(f => written is null || !written.Contains(f)).Order(StringComparer.Ordinal).ToList();
        if (written is null && foreign.Count == 0)
        {
            foreign = Directory.EnumerateDirectories(full, "*", new EnumerationOptions { AttributesToSkip = 0 })
                .Select(d => Path.GetFileName(d) + "/").Order(StringComparer.Ordinal).ToList();
        }

        return foreign.Count == 0 ? null : Errors.OutputNotFromBuild(display, foreign, stamped: written is not null);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both full paths).</summary>
    private static bool IsSameOrInside(string path, string folder) =>
        string.Equals(path, folder, PathComparison)
        || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, PathComparison);

    /// <summary>The full path with every link along it resolved, as far as the path exists.</summary>
    private static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        for (var hops = 0; hops < 40; hops++)
        {
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            var linked = false;
            for (var i = 0; i < parts.Length && !linked; i++)
            {
                var next = Path.Combine(current, parts[i]);
                if (new FileInfo(next).LinkTarget is { } target)
                {
                    full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine([Path.GetFullPath(target, current), .. parts[(i + 1)..]])));
                    linked = true;
                }

                current = next;
            }

            if (!linked)
            {
                return full;
            }
        }

        return full;
    }
}
