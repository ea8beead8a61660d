namespace HamstringBack.Core.Render.Views;

/// <summary>One picture of an exercise as templates see it.</summary>
/// <param name="Step">The step it shows (1-based).</param>
/// <param name="Label">A short caption such as "Start"; may be empty.</param>
/// <param name="Alt">What it shows, in words.</param>
/// <param name="Svg">The picture as inline SVG with <paramref name="Alt"/> as its label.</param>
/// <param name="Decorative">The same picture hidden from screen readers, for places where the words are beside it.</param>
public sealed record FrameView(int Step, string Label, string Alt, RawHtml Svg, RawHtml Decorative);
