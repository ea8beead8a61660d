using System.Text;

namespace HamstringBack.Core.Model;

/// <summary>
/// A text file read from the input folder. Its text is held as UTF-8 and decoded each time <see cref="Text"/> is read
/// (issue 16: at 10,000 pages the input's text as strings was about 170 MB that every collection of the read and parse
/// stages copied; as UTF-8 read into the pinned heap it is half that, never copied, and each file's string is garbage
/// as soon as the file is parsed).
/// </summary>
public sealed record SourceFile
{
    private readonly byte[] _utf8;

    /// <param name="path">Display path used in diagnostics (relative, forward slashes).</param>
    /// <param name="relativePath">Path inside the input folder, forward slashes.</param>
    /// <param name="text">The decoded text, with line ends normalised to LF and any BOM removed.</param>
    public SourceFile(string path, string relativePath, string text)
        : this(path, relativePath, Encoding.UTF8.GetBytes(text))
    {
    }

    /// <param name="path">Display path used in diagnostics (relative, forward slashes).</param>
    /// <param name="relativePath">Path inside the input folder, forward slashes.</param>
    /// <param name="utf8">The text as valid UTF-8, line ends normalised to LF and no BOM; kept, not copied.</param>
    internal SourceFile(string path, string relativePath, byte[] utf8)
    {
        Path = path;
        RelativePath = relativePath;
        _utf8 = utf8;
    }

    /// <summary>Display path used in diagnostics (relative, forward slashes).</summary>
    public string Path { get; }

    /// <summary>Path inside the input folder, forward slashes.</summary>
    public string RelativePath { get; }

    /// <summary>The decoded text, with line ends normalised to LF and any BOM removed: a new string each time.</summary>
    public string Text => Encoding.UTF8.GetString(_utf8);

    /// <summary>The text as UTF-8.</summary>
    internal ReadOnlySpan<byte> Utf8 => _utf8;

    /// <summary>The same paths and the same text.</summary>
    public bool Equals(SourceFile? other) =>
        other is not null && Path == other.Path && RelativePath == other.RelativePath && _utf8.AsSpan().SequenceEqual(other._utf8);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, RelativePath, _utf8.Length);
}
