namespace HamstringBack.Core.Render;

/// <summary>HTML that is already safe (rendered Markdown, generated SVG): templates write it without escaping.</summary>
public sealed record RawHtml(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
