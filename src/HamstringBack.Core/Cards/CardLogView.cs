namespace HamstringBack.Core.Cards;

/// <summary>What the weekly log sheet prints besides the routine: where to find the exercises on the live site.</summary>
public sealed record CardLogView(string ExercisesShortUrl);
