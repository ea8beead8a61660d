namespace HamstringBack.Core.Model;

/// <summary>
/// Someone who writes or reviews the content, from site.yml's <c>people</c>. A person without a name is a role
/// placeholder ("to be named"): the build warns (HB0801) until a real name is filled in.
/// </summary>
/// <param name="Id">How pages refer to them, e.g. "reviewer".</param>
/// <param name="Name">Their real name; empty for a placeholder.</param>
/// <param name="Profession">Their profession, e.g. "physiotherapist".</param>
/// <param name="Registration">Their registration body, e.g. "Health and Care Professions Council (HCPC)"; may be empty.</param>
public sealed record Person(string Id, string Name, string Profession, string Registration)
{
    /// <summary>True while the person has no real name yet.</summary>
    public bool IsPlaceholder => Name.Length == 0;
}
