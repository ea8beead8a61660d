namespace HamstringBack.Core.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop the build, warnings do not.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
