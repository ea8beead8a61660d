namespace HamstringBack.Core.Caching;

/// <summary>What says a file on disk is unchanged: its full path (after links), length and last write time.</summary>
internal sealed record FileStamp(string FullPath, long Length, DateTime LastWriteUtc)
{
    /// <summary>
    /// How long after a write a stamp is trusted: file systems keep write times in ticks of a few milliseconds,
    /// so a second save right after a read could leave length and time as they were.
    /// </summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);

    public static FileStamp Of(FileInfo info) => new(info.FullName, info.Length, info.LastWriteTimeUtc);

    /// <summary>The stamp to remember for a file just read, or null when it was written too recently to trust.</summary>
    public static FileStamp? Settled(FileInfo info) =>
        DateTime.UtcNow - info.LastWriteTimeUtc < SettleTime ? null : Of(info);
}
