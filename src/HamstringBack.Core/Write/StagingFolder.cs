using System.Security.Cryptography;
using HamstringBack.Core.Model;

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
    /// Writes <paramref name="file"/> into the folder and returns it without its bytes, only their length and hash;
    /// when writing fails, returns it as it was, for <see cref="SiteWriter"/> to write and report the failure.
    /// </summary>
    public OutputFile Put(OutputFile file)
    {
        try
        {
            var target = SiteWriter.Target(Path, file.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
            return file with { Content = [], Staged = new StagedContent(file.Content.Length, SHA256.HashData(file.Content)) };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return file;
        }
    }

    /// <inheritdoc />
    public void Dispose() => SiteWriter.DeleteIfPresent(Path);
}
