using HamstringBack.Core.Model;

namespace HamstringBack.Core.Caching;

/// <summary>A rendered page and, for a content page, the section (with its rendered Markdown) it was rendered from.</summary>
internal sealed record PageEntry(Section? Section, OutputFile File);
