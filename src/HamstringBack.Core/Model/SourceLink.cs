namespace HamstringBack.Core.Model;

/// <summary>A source cited on a page.</summary>
public sealed record SourceLink(string Title, string Url);
