namespace HamstringBack.Core.Diagnostics;

/// <summary>
/// A problem found in the input or theme, located in a file, printed in the MSBuild format
/// <c>file(line,col): error CODE: message</c> that editors make clickable.
/// </summary>
/// <param name="File">Path of the file, relative to the working folder where possible, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when the problem concerns the whole file.</param>
public sealed record Diagnostic(
    string File,
    int Line,
    int Column,
    DiagnosticSeverity Severity,
    string Code,
    string Message)
{
    /// <summary>True when the diagnostic stops the build.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The diagnostic on one line, control characters in file names and quoted text escaped (\u001B) so that they cannot act on a terminal.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
        var level = IsError ? "error" : "warning";
        return ControlCharacters.Escape($"{where}: {level} {Code}: {Message}");
    }
}
