namespace HamstringBack.Core.Write;

/// <summary>
/// The folder a build is written into before <see cref="SiteWriter"/> swaps it in for the output folder, started
/// before the build so each page goes to disk as soon as it is rendered (issue 16: a 10,000-page build no longer
/// keeps a gigabyte of page bytes until the end). Disposing it deletes it unless it was swapped in, so a failed
/// build leaves the previous output as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private StagingFolder(string path) => Path = path;

    /// <summary>The folder's full path, <c>.NAME-new-PID</c> beside the output folder.</summary>
    public string Path { get; }

    /// <summary>Starts the staging folder for <paramref name="output"/>: empty, stamped as a build's.</summary>
    public static StagingFolder Start(string output)
    {
        var staging = new StagingFolder(SiteWriter.StagingPath(output));
        SiteWriter.DeleteIfPresent(staging.Path);
        Directory.CreateDirectory(staging.Path);
        OutputStamp.Write(staging.Path);
        return staging;
    }

    /// <summary>
    /// Creates the file of <paramref name="path"/> (a path inside the site) in the folder, with its folders, for a page
    /// to be written into as it is rendered (<see cref="Render.StagedPageOutput"/>). The file must not exist yet: an
    /// existing one is an <see cref="IOException"/>, so the page goes the in-memory way.
    /// </summary>
    public FileStream Create(string path)
    {
        var target = SiteWriter.Target(Path, path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        // CreateNew, not Create: for Create .NET truncates the new file after opening it, and on ext4 a file truncated to
        // zero is written out synchronously when it is closed (auto_da_alloc), 5% of a 10,000-page build (issue 16).
        return new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
    }

    /// <inheritdoc />
    public void Dispose() => SiteWriter.DeleteIfPresent(Path);
}
