using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Cli.NewSite;

/// <summary>
/// `new site DIR` (issue 18): a fresh site that builds as it is, on an example topic for a clinic to replace: the
/// starter site and the theme that come with the program, copied into an empty or new folder. It writes nothing
/// outside DIR and nothing at all when DIR holds anything.
/// </summary>
public static class NewSiteCommand
{
    /// <summary>Files kept under another name in the package, because NuGet leaves out names starting with a dot.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal) { ["gitignore"] = ".gitignore" };

    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private const UnixFileMode ScriptMode = FileMode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static int Run(string dir, TextWriter stdout, TextWriter stderr) =>
        Run(dir, ToolFiles.Starter, ToolFiles.Theme, stdout, stderr);

    /// <summary>`new site DIR` from the given starter site and theme folders.</summary>
    internal static int Run(string dir, string starter, string theme, TextWriter stdout, TextWriter stderr)
    {
        var target = Path.GetFullPath(dir);
        var display = dir.Replace('\\', '/').TrimEnd('/');
        var parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar));
        if (parent is null || !Directory.Exists(parent))
        {
            throw new UsageException($"The folder '{parent}' that would hold the new site does not exist. Create it first, or choose another place.");
        }

        var refused = File.Exists(target) ? Errors.NewSiteFolderIsFile(display)
            : Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } entries
                ? Errors.NewSiteFolderNotEmpty(display, entries!)
                : null;
        if (refused is not null)
        {
            stderr.WriteLine(refused.ToString());
            return ExitCodes.Usage;
        }

        if (!Directory.Exists(starter) || !Directory.Exists(theme))
        {
            stderr.WriteLine(Errors.StarterMissing(Directory.Exists(starter) ? theme : starter).ToString());
            return ExitCodes.ContentErrors;
        }

        Directory.CreateDirectory(target);
        var count = Copy(starter, target) + Copy(theme, Path.Combine(target, "theme"));
        stdout.WriteLine($"Created a site in {display}/ ({count} files), on an example topic with placeholder text to replace.");
        stdout.WriteLine("Next:");
        stdout.WriteLine($"  1. cd {display}");
        stdout.WriteLine("  2. hamstringback preview   (opens http://localhost:5080/; reloads on every save)");
        stdout.WriteLine("  3. Replace every page marked EXAMPLE in input/, then run hamstringback check and hamstringback build.");
        stdout.WriteLine("  README.md in the new folder says what is where and how to publish it.");
        return ExitCodes.Success;
    }

    private static int Copy(string from, string to)
    {
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(from, file);
            var name = Path.GetFileName(relative);
            var path = Path.Combine(to, Path.GetDirectoryName(relative) ?? string.Empty, Renamed.GetValueOrDefault(name, name));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(file, path);
            if (!OperatingSystem.IsWindows())
            {
                // A tool package keeps no file modes of its own (its files come out executable): scripts run, the rest is plain.
                File.SetUnixFileMode(path, name.EndsWith(".sh", StringComparison.Ordinal) ? ScriptMode : FileMode);
            }

            count++;
        }

        return count;
    }
}
