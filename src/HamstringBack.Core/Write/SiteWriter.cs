using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Write;

/// <summary>
/// Last stage: writes the built files into a fresh folder beside output/, then swaps it in, so a reader
/// (or Netlify) never sees a half-written site and a failed write leaves the previous output as it was.
/// </summary>
public static class SiteWriter
{
    /// <summary>
    /// Writes <paramref name="files"/> as the new content of <paramref name="output"/>. <paramref name="finish"/>,
    /// when given, runs on the new folder before the swap (the search index is made there); any error it reports
    /// leaves the previous output as it was.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Write(string output, string display, IReadOnlyList<OutputFile> files, Func<string, IReadOnlyList<Diagnostic>>? finish = null)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(full))
        {
            return [Errors.FolderIsFile(display, "output")];
        }

        var parent = Path.GetDirectoryName(full) ?? ".";
        var name = Path.GetFileName(full);
        var staging = Path.Combine(parent, $".{name}-new-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}-old-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            DeleteIfPresent(staging);
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var target = Path.GetFullPath(Path.Combine(staging, file.Path));
                if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Refusing to write outside the output folder: {file.Path}");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
            }

            var finished = finish?.Invoke(staging) ?? [];
            if (finished.Any(d => d.IsError))
            {
                DeleteIfPresent(staging);
                return finished;
            }

            DeleteIfPresent(retired);
            if (Directory.Exists(full))
            {
                Directory.Move(full, retired);
            }

            Directory.Move(staging, full);
            DeleteIfPresent(retired);
            return finished;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteIfPresent(staging);
            if (!Directory.Exists(full) && Directory.Exists(retired))
            {
                Directory.Move(retired, full);
            }

            return [Errors.OutputNotWritable(display, e.Message)];
        }
    }

    private static void DeleteIfPresent(string folder)
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
            // Best effort: a leftover staging folder is harmless and is replaced on the next build.
        }
    }
}
