namespace HamstringBack.Core.Figures;

/// <summary>One thing to draw in a frame, in floor coordinates (cm, y up).</summary>
/// <param name="Kind">"line" (a round-capped stroke through the points), "area" (a filled, round-cornered outline),
/// "circle" (centre Points[0], radius Width / 2) or "dash" (a dashed line).</param>
/// <param name="Role">What it is, which decides its style: far, body, gap, prop, floor, mat, arrow, guide.</param>
public sealed record Shape(string Kind, string Role, IReadOnlyList<Vec> Points, double Width);
