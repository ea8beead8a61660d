using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Write;

/// <summary>
/// Last stage: writes the built files into a fresh folder beside output/, then swaps it in, so a reader
/// (or Netlify) never sees a half-written site and a failed write leaves the previous output as it was.
/// It replaces only a folder that is missing, empty or an earlier build's (<see cref="OutputFolder"/>), and
/// touches nothing outside it but its own staging folders beside it: <c>.NAME-new-PID</c> (the new site) and
/// <c>.NAME-old-PID</c> (the previous one, during the swap). A build killed half-way leaves those behind; the
/// next build removes them once that process is gone, and puts the previous site back if it was killed mid-swap.
/// </summary>
public static class SiteWriter
{
    /// <summary>
    /// Writes <paramref name="files"/> as the new content of <paramref name="output"/>. <paramref name="finish"/>,
    /// when given, runs on the new folder before the swap (the search index is made there); any error it reports
    /// leaves the previous output as it was.
    /// </summary>
    /// <param name="staged">The staging folder the pages were already written into as they were rendered, if any.</param>
    public static IReadOnlyList<Diagnostic> Write(string output, string display, IReadOnlyList<OutputFile> files, Func<string, IReadOnlyList<Diagnostic>>? finish = null,
        StagingFolder? staged = null)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (File.Exists(full))
        {
            return [Errors.FolderIsFile(display, "output")];
        }

        var parent = Path.GetDirectoryName(full) ?? ".";
        var name = Path.GetFileName(full);
        var staging = StagingPath(full);
        var retired = Path.Combine(parent, $".{name}-old-{Environment.ProcessId}");
        try
        {
            RemoveLeftovers(parent, name, full);
            if (OutputFolder.CheckContents(full, display) is { } refused)
            {
                return [refused];
            }

            Directory.CreateDirectory(parent);
            WriteStaging(staging, files, fresh: staged is null);
            var finished = finish?.Invoke(staging) ?? [];
            return finished.Any(d => d.IsError) ? finished : Swap(staging, full, retired, finish is null ? files : null, finished);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(full) && Directory.Exists(retired))
            {
                Directory.Move(retired, full);
            }

            return [Errors.OutputNotWritable(display, e.Message)];
        }
        finally
        {
            DeleteIfPresent(staging);
        }
    }

    /// <summary>Where a build of <paramref name="output"/> by this process is staged: <c>.NAME-new-PID</c> beside it.</summary>
    internal static string StagingPath(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}-new-{Environment.ProcessId}");
    }

    /// <summary>The full path of <paramref name="path"/> inside <paramref name="staging"/>; refuses a path that leads outside it.</summary>
    internal static string Target(string staging, string path)
    {
        var target = Path.GetFullPath(Path.Combine(staging, path));
        return target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? target
            : throw new InvalidOperationException($"Refusing to write outside the output folder: {path}");
    }

    // Writes every file not yet staged into the staging folder; a fresh one is first made empty and stamped as a build's.
    private static void WriteStaging(string staging, IReadOnlyList<OutputFile> files, bool fresh)
    {
        if (fresh)
        {
            DeleteIfPresent(staging);
            Directory.CreateDirectory(staging);
            OutputStamp.Write(staging);
        }

        foreach (var file in files.Where(f => f.Staged is null))
        {
            var target = Target(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        }
    }

    // Stamps the staging folder with what was written (when it is only <paramref name="written"/>) and puts it in
    // the output's place: the old site is moved aside first and deleted last. Returns <paramref name="finished"/>.
    private static IReadOnlyList<Diagnostic> Swap(string staging, string full, string retired, IReadOnlyList<OutputFile>? written,
        IReadOnlyList<Diagnostic> finished)
    {
        OutputStamp.Write(staging, written?.Select(f => f.Path));
        DeleteIfPresent(retired);
        if (Directory.Exists(full))
        {
            Directory.Move(full, retired);
        }

        Directory.Move(staging, full);
        DeleteIfPresent(retired);
        return finished;
    }

    /// <summary>
    /// Removes the staging folders of builds of <paramref name="full"/> that were killed (their process is gone),
    /// first moving a previous site back when the kill came between the two renames of the swap. Only folders
    /// that carry a stamp or are empty are touched: a folder no build made is never deleted.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name, string full)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        var pattern = new Regex($@"^\.{Regex.Escape(name)}-(new|old)-([0-9]{{1,9}})$", RegexOptions.CultureInvariant);
        foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories($".{name}-*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            var match = pattern.Match(folder.Name);
            if (!match.Success || folder.LinkTarget is not null || IsRunning(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
                || (OutputStamp.Read(folder.FullName) is null && folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }).Any()))
            {
                continue;
            }

            if (match.Groups[1].Value == "old" && !Directory.Exists(full) && !File.Exists(full))
            {
                Directory.Move(folder.FullName, full);
            }
            else
            {
                DeleteIfPresent(folder.FullName);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    internal static void DeleteIfPresent(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover staging folder is harmless and is removed by the next build.
        }
    }
}
