using HamstringBack.Core.Model;

namespace HamstringBack.Core.Load;

/// <summary>Every input file, read and decoded, before any parsing.</summary>
public sealed record InputSet(
    SourceFile? Settings,
    SourceFile? Routine,
    SourceFile? Home,
    IReadOnlyList<SourceFile> Sections,
    IReadOnlyList<SourceFile> Pages,
    IReadOnlyList<SourceFile> Exercises,
    IReadOnlyList<ImageFile> Images);
