namespace HamstringBack.Core.Render.Views;

/// <summary>Where a page that moved is now: the link and title the old address points to.</summary>
public sealed record MovedView(string Url, string Title);
