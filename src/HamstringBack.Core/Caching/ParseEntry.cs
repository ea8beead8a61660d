using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Caching;

/// <summary>What parsing <paramref name="File"/> gave (null when it had errors) and every diagnostic it reported.</summary>
internal sealed record ParseEntry(SourceFile File, object? Result, IReadOnlyList<Diagnostic> Diagnostics);
