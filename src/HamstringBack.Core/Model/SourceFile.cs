namespace HamstringBack.Core.Model;

/// <summary>A text file read from the input folder.</summary>
/// <param name="Path">Display path used in diagnostics (relative, forward slashes).</param>
/// <param name="RelativePath">Path inside the input folder, forward slashes.</param>
/// <param name="Text">The decoded text, with line ends normalised to LF and any BOM removed.</param>
public sealed record SourceFile(string Path, string RelativePath, string Text);
