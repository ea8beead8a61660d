using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Caching;

/// <summary>A parsed file and every diagnostic parsing it reported; <see cref="ParseEntry{T}"/> holds what it gave.</summary>
internal abstract record ParseEntry(SourceFile File, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>What parsing <paramref name="File"/> gave (null when it had errors) and every diagnostic it reported.</summary>
internal sealed record ParseEntry<T>(SourceFile File, T Result, IReadOnlyList<Diagnostic> Diagnostics)
    : ParseEntry(File, Diagnostics);
