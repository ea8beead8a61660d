namespace HamstringBack.Cli.Preview;

/// <summary>
/// The pages open in a browser, as their reload scripts report them (the event stream's <c>page</c>), and those
/// closed a short while ago (a page reloading has no stream for a moment): a rebuild renders and serves these
/// first (issue 16).
/// </summary>
internal sealed class ViewedPages
{
    // A tab left open but whose stream dropped, or a page just reloaded, still counts for this long.
    private static readonly TimeSpan Recent = TimeSpan.FromMinutes(5);

    // More pages than this are not "the ones being looked at"; the most recent go first.
    private const int Most = 8;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (int Open, DateTime Seen)> _pages = new(StringComparer.Ordinal);

    /// <summary>Notes that a page at <paramref name="urlPath"/> ("/stretching/") is open until what this returns is disposed.</summary>
    public IDisposable Open(string urlPath)
    {
        Change(urlPath, +1);
        return new Closer(this, urlPath);
    }

    /// <summary>The URL paths being viewed, open ones and the most recently seen first.</summary>
    public IReadOnlyList<string> Paths()
    {
        var now = DateTime.UtcNow;
        lock (_lock)
        {
            return _pages.Where(p => p.Value.Open > 0 || now - p.Value.Seen < Recent)
                .OrderByDescending(p => p.Value.Open > 0)
                .ThenByDescending(p => p.Value.Seen)
                .Take(Most)
                .Select(p => p.Key)
                .ToList();
        }
    }

    private void Change(string urlPath, int by)
    {
        lock (_lock)
        {
            var now = DateTime.UtcNow;
            var open = _pages.GetValueOrDefault(urlPath).Open + by;
            _pages[urlPath] = (open, now);
            foreach (var gone in _pages.Where(p => p.Value.Open <= 0 && now - p.Value.Seen >= Recent).Select(p => p.Key).ToList())
            {
                _pages.Remove(gone);
            }
        }
    }

    private sealed class Closer(ViewedPages pages, string urlPath) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                pages.Change(urlPath, -1);
            }
        }
    }
}
