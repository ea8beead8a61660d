using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Load;

/// <summary>Every content file parsed on its own, before the files are checked against each other.</summary>
/// <param name="Unparsed">Exercise ids and section slugs whose files exist but had errors, so references to them are not reported again.</param>
public sealed record ParsedContent(
    SiteSettings? Settings,
    Section? Home,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Section> Pages,
    IReadOnlyList<Exercise> Exercises,
    Routine? Routine,
    IReadOnlyList<SourceLocation> RoutineLocations,
    IReadOnlyList<ImageFile> Images,
    IReadOnlySet<string> Unparsed)
{
    /// <summary>input/partials/warning-signs.md rendered; empty when there is none.</summary>
    public MarkdownContent WarningSigns { get; init; } = MarkdownContent.Empty;

    /// <summary>input/partials/warning-line.md rendered; empty when there is none.</summary>
    public MarkdownContent WarningLine { get; init; } = MarkdownContent.Empty;

    /// <summary>The words of input/jargon.yml.</summary>
    public IReadOnlyList<JargonTerm> Jargon { get; init; } = [];
}
