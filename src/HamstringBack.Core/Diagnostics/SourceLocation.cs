namespace HamstringBack.Core.Diagnostics;

/// <summary>A place in an input file, for diagnostics.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>The whole file, when no better position is known.</summary>
    public static SourceLocation WholeFile(string file) => new(file, 1, 1);
}
