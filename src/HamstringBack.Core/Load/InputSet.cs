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
    IReadOnlyList<ImageFile> Images)
{
    /// <summary>Markdown written once and shown on many pages (input/partials/*.md), e.g. warning-signs.md.</summary>
    public IReadOnlyList<SourceFile> Partials { get; init; } = [];

    /// <summary>input/jargon.yml: words readers may not know, for `check`; null when there is none.</summary>
    public SourceFile? Jargon { get; init; }
}
