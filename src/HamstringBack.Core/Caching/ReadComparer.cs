using System.Collections;
using System.Runtime.CompilerServices;
using HamstringBack.Core.Render;
using Scriban.Parsing;
using Scriban.Runtime;

namespace HamstringBack.Core.Caching;

/// <summary>
/// Compares what a page read in the previous build with what it would read now (issue 13): values by value, and
/// of an object only the members its templates read from objects of its type (<see cref="ReadSet"/>); lists
/// element by element, dictionaries key by key. Members are read the way templates read them (Scriban's accessors).
/// Objects shared by many pages (the menu's links, the exercises) are compared once per build.
/// One comparer serves one thread of one build.
/// </summary>
internal sealed class ReadComparer
{
    /// <summary>Deeper than this, objects count as changed: a cycle or a graph no template walks.</summary>
    private const int MaxDepth = 24;

    private readonly HtmlTemplateContext _context = new(new ScriptObject());
    private readonly Dictionary<(object Before, object Now, ReadSet Reads), bool> _compared = new(SamePair.Instance);

    /// <summary>Whether <paramref name="now"/> gives every read of <paramref name="reads"/> the value <paramref name="before"/> gave.</summary>
    public bool Same(object? before, object? now, ReadSet reads) => Same(before, now, reads, 0);

    private bool Same(object? before, object? now, ReadSet reads, int depth)
    {
        if (ReferenceEquals(before, now))
        {
            return true;
        }

        if (before is null || now is null || before.GetType() != now.GetType())
        {
            return false;
        }

        if (before is string or ValueType or RawHtml)
        {
            return before.Equals(now);
        }

        // What a function does depends on the theme and the settings, which the page memo compares itself.
        if (before is IScriptCustomFunction)
        {
            return true;
        }

        if (depth > MaxDepth)
        {
            return false;
        }

        var key = (before, now, reads);
        if (!_compared.TryGetValue(key, out var same))
        {
            _compared[key] = same = SameParts(before, now, reads, depth);
        }

        return same;
    }

    /// <summary>Compares two objects of one type by their parts: what they are made from, entries, items or members.</summary>
    private bool SameParts(object before, object now, ReadSet reads, int depth) => before switch
    {
        IMadeFrom made => SameItems(made.Parts, ((IMadeFrom)now).Parts, reads, depth),
        IDictionary dictionary => SameEntries(dictionary, (IDictionary)now, reads, depth),
        IEnumerable items => SameItems(items, (IEnumerable)now, reads, depth),
        _ => SameMembers(before, now, reads, depth),
    };

    private bool SameEntries(IDictionary before, IDictionary now, ReadSet reads, int depth)
    {
        if (before.Count != now.Count)
        {
            return false;
        }

        // By key and indexer: a ScriptObject enumerates its entries wrapped.
        foreach (var key in before.Keys)
        {
            if (!now.Contains(key) || !Same(before[key], now[key], reads, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private bool SameItems(IEnumerable before, IEnumerable now, ReadSet reads, int depth)
    {
        var left = before.GetEnumerator();
        var right = now.GetEnumerator();
        while (left.MoveNext())
        {
            if (!right.MoveNext() || !Same(left.Current, right.Current, reads, depth + 1))
            {
                return false;
            }
        }

        return !right.MoveNext();
    }

    private bool SameMembers(object before, object now, ReadSet reads, int depth)
    {
        if (!reads.TryGetMembers(before.GetType(), out var members))
        {
            return true;
        }

        var accessor = _context.GetMemberAccessor(before);
        foreach (var member in members ?? accessor.GetMembers(_context, default(SourceSpan), before))
        {
            var had = accessor.TryGetValue(_context, default(SourceSpan), before, member, out var old);
            var has = accessor.TryGetValue(_context, default(SourceSpan), now, member, out var value);
            if (had != has || !Same(old, value, reads, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Pairs of the very same objects, whatever their own equality says.</summary>
    private sealed class SamePair : IEqualityComparer<(object Before, object Now, ReadSet Reads)>
    {
        public static readonly SamePair Instance = new();

        public bool Equals((object Before, object Now, ReadSet Reads) x, (object Before, object Now, ReadSet Reads) y) =>
            ReferenceEquals(x.Before, y.Before) && ReferenceEquals(x.Now, y.Now) && ReferenceEquals(x.Reads, y.Reads);

        public int GetHashCode((object Before, object Now, ReadSet Reads) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Before), RuntimeHelpers.GetHashCode(pair.Now), RuntimeHelpers.GetHashCode(pair.Reads));
    }
}
