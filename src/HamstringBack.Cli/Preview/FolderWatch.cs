namespace HamstringBack.Cli.Preview;

/// <summary>
/// Watches one folder and everything in it, and keeps watching when the folder itself goes and comes back (a
/// `git stash`, `mv input x &amp;&amp; mv x input`): a second watcher on its parent sees the folder's name appear, vanish or
/// be renamed, and starts the folder's own watcher afresh. Any change calls <c>changed</c> with the full path of
/// what changed (a rename twice, old and new path); a watcher's error, or the folder's own coming and going, with
/// null: anything in it may have changed.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private readonly string _folder;
    private readonly string _name;
    private readonly Action<string?> _changed;
    private readonly Lock _lock = new();
    private readonly FileSystemWatcher? _parent;
    private FileSystemWatcher? _inside;
    private bool _disposed;

    public FolderWatch(string folder, Action<string?> changed)
    {
        _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _name = Path.GetFileName(_folder);
        _changed = changed;
        var parent = Path.GetDirectoryName(_folder);
        if (parent is not null && Directory.Exists(parent))
        {
            _parent = new FileSystemWatcher(parent)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName,
            };
            _parent.Created += (_, e) => RearmIfMine(e.Name);
            _parent.Deleted += (_, e) => RearmIfMine(e.Name);
            _parent.Renamed += (_, e) => RearmIfMine(e.Name, e.OldName);
            _parent.Error += (_, _) => Rearm();
            _parent.EnableRaisingEvents = true;
        }

        lock (_lock)
        {
            _inside = Start();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _parent?.Dispose();
            _inside?.Dispose();
            _inside = null;
        }
    }

    private void RearmIfMine(params string?[] names)
    {
        if (names.Contains(_name, StringComparer.Ordinal))
        {
            Rearm();
        }
    }

    /// <summary>Drops the folder's watcher and starts a new one on whatever folder has the name now, then asks for a build.</summary>
    private void Rearm()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _inside?.Dispose();
            _inside = Start();
        }

        // After the new watcher is listening: the build sees every file that was there before it started.
        _changed(null);
    }

    private FileSystemWatcher? Start()
    {
        if (!Directory.Exists(_folder))
        {
            return null;
        }

        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(_folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => _changed(e.FullPath);
            watcher.Created += (_, e) => _changed(e.FullPath);
            watcher.Deleted += (_, e) => _changed(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                _changed(e.OldFullPath);
                _changed(e.FullPath);
            };
            watcher.Error += (_, _) => Rearm();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            // The folder went again before its watcher started; the parent's watcher sees it come back.
            watcher?.Dispose();
            return null;
        }
    }
}
