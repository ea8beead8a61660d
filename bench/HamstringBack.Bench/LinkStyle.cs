namespace HamstringBack.Bench;

/// <summary>How a corpus links to its pages: our source paths (0002-topic-2.md) or Hugo's plain URLs (/topic-2/).</summary>
/// <param name="Page">The link to page i, with an optional #anchor.</param>
/// <param name="Exercise">The link to exercise j.</param>
internal sealed record LinkStyle(Func<int, string?, string> Page, Func<int, string> Exercise);
