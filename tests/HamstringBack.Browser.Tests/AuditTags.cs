namespace HamstringBack.Browser.Tests;

/// <summary>The axe-core rule tags of the accessibility bar: WCAG 2.0, 2.1 and 2.2, levels A and AA.</summary>
public static class AuditTags
{
    public static readonly List<string> Wcag22 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
}
