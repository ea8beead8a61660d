using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Model;

/// <summary>
/// A link whose target is another page: checked once every page is parsed, against that page's heading ids
/// (<paramref name="TargetFile"/> with <paramref name="Anchor"/>) or the site's page paths (<paramref name="SitePath"/>).
/// </summary>
/// <param name="Written">The link as written, for messages.</param>
/// <param name="WrittenPath">The path part as written ("04-stretching.md"), for messages about its anchor.</param>
/// <param name="TargetFile">The content file linked to, inside input/ ("sections/04-stretching.md"), for an anchor check.</param>
/// <param name="SitePath">The page path of a link written as a site path ("checklist/").</param>
public sealed record CrossPageLink(SourceLocation At, string Written, string WrittenPath, string? TargetFile, string? Anchor, string? SitePath);
