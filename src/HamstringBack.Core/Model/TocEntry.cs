namespace HamstringBack.Core.Model;

/// <summary>One entry of a page's "on this page" contents: a level-2 heading.</summary>
public sealed record TocEntry(string Text, string Id);
