using System.Text.RegularExpressions;

namespace HamstringBack.Core.Model;

/// <summary>
/// A folder of sections inside input/sections ("02-back-pain"): its pages' addresses start with its slug
/// ("back-pain/…"); its number places it among the top-level sections when it has no <see cref="PageFile"/>.
/// </summary>
/// <param name="Folder">The folder's name, e.g. "02-back-pain".</param>
/// <param name="Slug">The folder's name without its number, e.g. "back-pain".</param>
/// <param name="Order">The folder's number, e.g. 2.</param>
public sealed partial record GroupFolder(string Folder, string Slug, int Order)
{
    /// <summary>The optional file in a group's folder that gives the group its own page, title and order.</summary>
    public const string PageFile = "_group.md";

    /// <summary>The group of a name like "02-back-pain"; null when the name is not of that shape.</summary>
    public static GroupFolder? Parse(string folder)
    {
        var match = FolderName().Match(folder);
        return match.Success && int.TryParse(match.Groups[1].Value, out var order)
            ? new GroupFolder(folder, match.Groups[2].Value, order)
            : null;
    }

    /// <summary>
    /// The group a content file at <paramref name="relativePath"/> ("sections/02-back-pain/01-sciatica.md") is in;
    /// null for a file directly in input/sections, or in a folder whose name is not a group's.
    /// </summary>
    public static GroupFolder? Of(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts.Length == 3 && parts[0] == "sections" ? Parse(parts[1]) : null;
    }

    /// <summary>The group's name in menus when it has no page of its own: its slug in words ("back-pain" → "Back pain").</summary>
    public string Title => char.ToUpperInvariant(Slug[0]) + Slug[1..].Replace('-', ' ');

    [GeneratedRegex("^([0-9]{2,9})-([a-z0-9]+(?:-[a-z0-9]+)*)$")]
    private static partial Regex FolderName();
}
