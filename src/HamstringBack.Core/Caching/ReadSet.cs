using System.Text;

namespace HamstringBack.Core.Caching;

/// <summary>
/// The globals a page read and, per type, the members it read (null: every member), as recorded by
/// <see cref="PageReads"/>. Equal reads give equal <see cref="Key"/>s, so pages of one template can share one set.
/// </summary>
internal sealed class ReadSet
{
    private readonly Dictionary<Type, string[]?> _members;

    public ReadSet(string[] globals, Dictionary<Type, string[]?> members)
    {
        Globals = globals;
        _members = members;
        var key = new StringBuilder().AppendJoin('\u001f', globals);
        foreach (var (type, names) in members.OrderBy(p => p.Key.FullName, StringComparer.Ordinal))
        {
            key.Append('\u001e').Append(type.FullName).Append('\u001d').AppendJoin('\u001f', names ?? ["*"]);
        }

        Key = key.ToString();
    }

    /// <summary>The globals read, in order.</summary>
    public IReadOnlyList<string> Globals { get; }

    /// <summary>Identifies what was read: equal for equal sets.</summary>
    public string Key { get; }

    /// <summary>
    /// Whether any member of an object of <paramref name="type"/> was read; if so, which (null: every one).
    /// </summary>
    public bool TryGetMembers(Type type, out string[]? members) => _members.TryGetValue(type, out members);
}
