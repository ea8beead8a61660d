using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Write;

/// <summary>
/// The last stages of `build` (<see cref="ISiteWriter"/>): writes the built files into a fresh folder beside
/// output/, makes the search index there, then swaps it in, so a reader (or Netlify) never sees a half-written
/// site and a failed write leaves the previous output as it was.
/// It replaces only a folder that is missing, empty or an earlier build's (<see cref="OutputFolder"/>), and
/// touches nothing outside it but its own staging folders beside it: <c>.NAME-new-PID</c> (the new site) and
/// <c>.NAME-old-PID</c> (the previous one, during the swap). A build killed half-way leaves those behind; the
/// next build removes them once that process is gone, and puts the previous site back if it was killed mid-swap.
/// </summary>
public sealed class SiteWriter : ISiteWriter
{
    private readonly SiteOutput _output;
    private readonly string _full;
    private readonly string _retired;
    private readonly List<Diagnostic> _problems = [];
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private StagingFolder? _staging;

    private SiteWriter(SiteOutput output)
    {
        _output = output;
        _full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output.Path));
        _retired = Path.Combine(Parent, $".{Path.GetFileName(_full)}-old-{Environment.ProcessId}");
    }

    /// <inheritdoc />
    public StagingFolder? Staging => _staging;

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Problems => _problems;

    /// <inheritdoc />
    public Diagnostic? Refusal { get; private set; }

    private string Parent => Path.GetDirectoryName(_full) ?? ".";

    private bool Failed => Refusal is not null || _problems.Any(d => d.IsError);

    /// <summary>
    /// Opens <paramref name="output"/> for a build: when the folder may be replaced, starts the staging folder the
    /// pages are written into as they are rendered (issue 16); otherwise they are kept, and writing says why not.
    /// </summary>
    public static SiteWriter Open(SiteOutput output)
    {
        var writer = new SiteWriter(output);
        try
        {
            writer._staging = OutputFolder.CheckContents(output.Path, output.Display) is null ? StagingFolder.Start(output.Path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            writer._staging = null;
        }

        return writer;
    }

    /// <summary>
    /// Writes <paramref name="files"/>, as they are, as the new content of <paramref name="output"/> (no search
    /// index, no new offline manifest); returns what went wrong, the previous output then being as it was.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Write(string output, string display, IReadOnlyList<OutputFile> files)
    {
        using var writer = new SiteWriter(new SiteOutput(output, display));
        writer.Write(files);
        writer.Step(writer.SwapIn);
        return writer.Refusal is { } refused ? [refused] : writer.Problems;
    }

    /// <inheritdoc />
    public void Write(IReadOnlyList<OutputFile> files) => Step(() =>
    {
        if (File.Exists(_full))
        {
            _problems.Add(Errors.FolderIsFile(_output.Display, "output"));
            return;
        }

        RemoveLeftovers(Parent, Path.GetFileName(_full), _full);
        Refusal = OutputFolder.CheckContents(_full, _output.Display);
        if (Refusal is null)
        {
            Directory.CreateDirectory(Parent);
            _staging ??= StagingFolder.Start(_full);
            WriteStaging(files);
        }
    });

    /// <inheritdoc />
    public IReadOnlyList<OutputFile> Index()
    {
        IReadOnlyList<OutputFile> added = [];
        Step(() =>
        {
            var found = _output.Search.Index(_staging!.Path, _output.Display);
            _problems.AddRange(found);
            // No index adds no file: the staging folder's 20,000 entries are not listed to find none (issue 16).
            added = found.Any(d => d.IsError) || _output.Search is Search.NoSearchIndex ? [] : Added(_staging.Path);
            _written.UnionWith(added.Select(f => f.Path));
        });
        return added;
    }

    /// <inheritdoc />
    public bool Swap(OutputFile manifest)
    {
        Step(() =>
        {
            WriteStaging([manifest]);
            SwapIn();
        });
        return !Failed;
    }

    /// <inheritdoc />
    public void Dispose() => _staging?.Dispose();

    // The files the search index added to the staging folder. The stamp, as it stands until the swap (listing
    // nothing yet), has always counted in the site's version once an index was added: kept, so the bytes stay the same.
    private List<OutputFile> Added(string staging)
    {
        var added = OutputStamp.Entries(staging).Where(p => !_written.Contains(p)).Order(StringComparer.Ordinal)
            .Select(p => new OutputFile(p, File.ReadAllBytes(Target(staging, p)))).ToList();
        return added.Count == 0 ? added : [.. added, new OutputFile(OutputStamp.FileName, File.ReadAllBytes(Path.Combine(staging, OutputStamp.FileName)))];
    }

    // Runs one step unless an earlier one failed; a disk error is reported, with the previous site put back if it
    // had already been moved aside.
    private void Step(Action step)
    {
        if (Failed)
        {
            return;
        }

        try
        {
            step();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(_full) && Directory.Exists(_retired))
            {
                Directory.Move(_retired, _full);
            }

            _problems.Add(Errors.OutputNotWritable(_output.Display, e.Message));
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

    // Writes every file not yet staged into the staging folder, noting each as written.
    private void WriteStaging(IReadOnlyList<OutputFile> files)
    {
        foreach (var file in files)
        {
            _written.Add(file.Path);
            if (file.Staged is null)
            {
                var target = Target(_staging!.Path, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
            }
        }
    }

    // Stamps the staging folder with every file in it and puts it in the output's place: the old site is moved
    // aside first and deleted last.
    private void SwapIn()
    {
        // Every file in the staging folder was written by this writer or added by the search index (both in _written):
        // the stamp lists them without listing the folder again (issue 16).
        OutputStamp.Write(_staging!.Path, _written.Where(p => p != OutputStamp.FileName));
        DeleteIfPresent(_retired);
        if (Directory.Exists(_full))
        {
            Directory.Move(_full, _retired);
        }

        Directory.Move(_staging.Path, _full);
        DeleteIfPresent(_retired);
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
