namespace HamstringBack.Core.Markdown;

/// <summary>What a source path in a Markdown link leads to: a page path in the site and the anchors it has.</summary>
public sealed record LinkTarget(string SitePath, IReadOnlySet<string> Anchors);
