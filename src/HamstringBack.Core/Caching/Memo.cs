using System.Collections.Concurrent;

namespace HamstringBack.Core.Caching;

/// <summary>
/// What one build made, looked up by the next: entries are read from the previous generation and kept into the
/// current one, which replaces it at <see cref="Commit"/>. Entries a build did not keep are dropped then, so the
/// memo never holds more than two builds' worth; a build that never used the memo (it stopped at an error
/// before) leaves the previous generation as it was. Safe to use from parallel work.
/// </summary>
internal sealed class Memo<TKey, TValue>(IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private Dictionary<TKey, TValue> _previous = new(comparer);
    private ConcurrentDictionary<TKey, TValue> _current = new(comparer);
    private volatile bool _used;

    /// <summary>The value the previous build kept under <paramref name="key"/>.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        _used = true;
        return _previous.TryGetValue(key, out value!);
    }

    /// <summary>The keys the previous build kept.</summary>
    public IEnumerable<TKey> PreviousKeys => _previous.Keys;

    /// <summary>Keeps a value for the next build.</summary>
    public void Keep(TKey key, TValue value)
    {
        _used = true;
        _current[key] = value;
    }

    /// <summary>Forgets what a build that did not finish kept: the previous generation stays the one looked up.</summary>
    public void Discard()
    {
        _current = new ConcurrentDictionary<TKey, TValue>(comparer);
        _used = false;
    }

    /// <summary>Makes what this build kept the previous generation, if this build used the memo.</summary>
    public void Commit()
    {
        if (!_used)
        {
            return;
        }

        _previous = new Dictionary<TKey, TValue>(_current, comparer);
        _current = new ConcurrentDictionary<TKey, TValue>(comparer);
        _used = false;
    }
}
