namespace HamstringBack.Core.Model;

/// <summary>One file of the built site: its path inside output/ (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    /// <summary>
    /// Set when the file was written into the staging folder as soon as it was rendered (issue 16: a build does not
    /// keep every page's bytes until the end); <see cref="Content"/> is then empty.
    /// </summary>
    public StagedContent? Staged { get; init; }

    /// <summary>How many bytes the file has, whether kept in memory or already written.</summary>
    public long Length => Staged?.Length ?? Content.Length;
}

/// <summary>What is still known of a file already written to the staging folder: its length and SHA-256.</summary>
public sealed record StagedContent(long Length, byte[] Sha256);
