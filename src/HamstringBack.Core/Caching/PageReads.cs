namespace HamstringBack.Core.Caching;

/// <summary>
/// What one page's templates read while it rendered (issue 13): the globals they read (not those they set first),
/// and for each type of object the members they read, or that they read every member (an object written out
/// whole, or its members listed). Filled by one page's rendering, on one thread.
/// </summary>
internal sealed class PageReads
{
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly HashSet<string> _roots = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, HashSet<string>?> _members = [];

    /// <summary>A template read the global <paramref name="name"/>.</summary>
    public void Global(string name)
    {
        if (!_written.Contains(name))
        {
            _roots.Add(name);
        }
    }

    /// <summary>A template set the global <paramref name="name"/>: what it reads there afterwards comes from the template.</summary>
    public void Set(string name) => _written.Add(name);

    /// <summary>A template read <paramref name="member"/> of an object of type <paramref name="type"/>.</summary>
    public void Member(Type type, string member)
    {
        if (!_members.TryGetValue(type, out var members))
        {
            _members[type] = members = new HashSet<string>(StringComparer.Ordinal);
        }

        members?.Add(member);
    }

    /// <summary>A template used every member of an object of type <paramref name="type"/> (wrote it out, listed its members).</summary>
    public void Whole(Type type) => _members[type] = null;

    /// <summary>
    /// Everything <paramref name="other"/> noted, as read by this page too: what a partial rendered in a context of
    /// its own read (and reads again each time its rendering is reused, issue 16's <c>partial_each</c>).
    /// <paramref name="other"/> must be complete: it is only read here.
    /// </summary>
    public void Add(PageReads other)
    {
        _roots.UnionWith(other._roots);
        foreach (var (type, members) in other._members)
        {
            if (members is null)
            {
                Whole(type);
            }
            else
            {
                foreach (var member in members)
                {
                    Member(type, member);
                }
            }
        }
    }

    /// <summary>What was read, in a form pages with the same reads share.</summary>
    public ReadSet Freeze() => new(
        _roots.Order(StringComparer.Ordinal).ToArray(),
        _members.ToDictionary(p => p.Key, p => p.Value?.Order(StringComparer.Ordinal).ToArray()));
}
