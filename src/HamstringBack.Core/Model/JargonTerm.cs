namespace HamstringBack.Core.Model;

/// <summary>A word readers may not know, from input/jargon.yml, and the plain words that explain it.</summary>
/// <param name="Word">The word as it is written, e.g. "lumbar"; matched as a whole word, any case.</param>
/// <param name="Means">A plain explanation, e.g. "lower back": a page that uses the word must also contain this (or mark the word as defined).</param>
public sealed record JargonTerm(string Word, string Means);
