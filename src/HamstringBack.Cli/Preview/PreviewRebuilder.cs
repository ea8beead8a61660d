using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using HamstringBack.Core;
using HamstringBack.Core.Caching;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Cli.Preview;

/// <summary>
/// `preview`'s rebuilds: one at a time, after a change the file watchers report (debounced), with a
/// <see cref="BuildCache"/> kept for the session; a newer change cancels a rebuild still going on. A body edit is
/// served first from the last good build patched with the new bodies (<see cref="BodyEdit"/>), a theme edit from it
/// rendered with the new theme (<see cref="ThemeEdit"/>); then, as Hugo's
/// server's fast render mode does, the pages open in a browser are rendered and served as soon as the rebuild has
/// planned the pages, and the rest (other pages, sitemap, offline manifest, swap) follows; a page asked for before
/// then is rendered on demand (issue 16). Whatever goes wrong in a rebuild (even an exception) is shown as a problem.
/// </summary>
internal sealed class PreviewRebuilder
{
    // Editors save in bursts a few milliseconds long (truncate then write; or write a copy, then rename); a burst
    // cut in two only makes a second rebuild. Kept short: it counts in the time from save to new page.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(25);

    // A change to Markdown files alone may be a body edit, served from the last good build in a few milliseconds
    // (issue 16): it waits less. A save in two writes is then sometimes built twice; the first one's page is not
    // served when the second write is reported before it is (ServeViewedFirst), and whatever was served, the whole
    // build of the last change reported is the one that stays.
    private static readonly TimeSpan MarkdownDebounce = TimeSpan.FromMilliseconds(5);

    private readonly PreviewOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly PreviewSite _site;
    private readonly ViewedPages _viewed;
    private readonly Func<string> _baseUrl;
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _pendingLock = new();
    private BuildCache _cache = new();
    private Pending? _pending;

    // The planned site of the build going on, and of the last build that succeeded when no build has failed since:
    // a body edit patches it (issue 16).
    private PlannedSite? _planned;
    private PlannedSite? _good;
    private int _buildsEnded;

    // What the file watchers reported since the latest build started, and what the builds since the last one that
    // ended were told of (a cancelled build's files are looked at again); null: anything may have changed.
    private readonly Lock _changesLock = new();
    private HashSet<string>? _changes = new(StringComparer.Ordinal);
    private HashSet<string>? _unsettled = new(StringComparer.Ordinal);

    /// <param name="baseUrl">The address the site is served at, which pages are built for.</param>
    public PreviewRebuilder(PreviewOptions options, TextWriter stdout, TextWriter stderr, PreviewSite site, ViewedPages viewed, Func<string> baseUrl)
    {
        (_options, _stdout, _stderr, _site, _viewed, _baseUrl) = (options, stdout, stderr, site, viewed, baseUrl);
    }

    /// <summary>How long the latest build (and swap) took.</summary>
    public TimeSpan LastBuild { get; private set; }

    /// <summary>How many builds have ended (succeeded, failed or were cancelled), the first one included.</summary>
    public int BuildsEnded => Volatile.Read(ref _buildsEnded);

    /// <summary>How long the latest build took to serve the pages being viewed (from its start); zero when it served none first.</summary>
    public TimeSpan LastViewedServed { get; private set; }

    /// <summary>Called as each stage of a build starts (tests use it to change files in the middle of a build).</summary>
    public Action<string>? StageStarted { get; set; }


    /// <summary>
    /// Builds now and swaps in the result, or records its problems; returns whether it succeeded. Never throws.
    /// A build cancelled by <paramref name="cancel"/> (a newer change) leaves the site and the cache as they were.
    /// </summary>
    public bool Build(CancellationToken cancel)
    {
        try
        {
            return BuildOnce(cancel);
        }
        finally
        {
            Interlocked.Increment(ref _buildsEnded);
        }
    }

    private bool BuildOnce(CancellationToken cancel)
    {
        var watch = Stopwatch.StartNew();
        LastViewedServed = TimeSpan.Zero;
        _planned = null;
        var options = new BuildOptions(_options.Input, _options.Theme, _baseUrl()) { Cancellation = cancel };
        ServeFastPath(options, watch);
        TakeChanges();
        var (result, crash) = TryBuild(options, watch);
        if (crash is IOException or UnauthorizedAccessException)
        {
            // A file listed a moment ago was gone (or changing) when read: a save, a checkout, an editor's lock
            // file. Build again at once, so the site served is the one on disk now, not the last one before it.
            (result, crash) = TryBuild(options, watch);
        }

        if (crash is OperationCanceledException && cancel.IsCancellationRequested)
        {
            EndPending();
            return false;
        }

        // The cache's files are now as this build found them (or, after a crash, it is a new and empty one).
        _unsettled = new HashSet<string>(StringComparer.Ordinal);

        if (result is null)
        {
            return Crashed(crash!, options, watch);
        }

        if (!result.Succeeded)
        {
            return Failed(result.Diagnostics, watch);
        }

        return Served(result, watch);
    }

    /// <summary>How long to wait for the rest of a save after the watcher reported <paramref name="changes"/> (null: anything).</summary>
    internal static TimeSpan DebounceFor(IReadOnlyCollection<string>? changes) =>
        changes is { Count: > 0 } && changes.All(p => p.EndsWith(".md", StringComparison.Ordinal)) ? MarkdownDebounce : Debounce;

    /// <summary>
    /// The files the watcher reported since the last build that ended, added to those a build stopped since then
    /// had taken; the cache trusts every other file to be as it was (issue 16).
    /// </summary>
    private void TakeChanges()
    {
        lock (_changesLock)
        {
            _unsettled = _unsettled is null || _changes is null ? null : [.. _unsettled, .. _changes];
            _changes = new HashSet<string>(StringComparer.Ordinal);
        }

        _cache.Trust(_options.Input, _unsettled);
    }

    /// <summary>
    /// Issue 16's fast paths: when the change is only the body of content files of the last good build, or only
    /// files of the theme (its strings the same), serves the pages being viewed from that build patched with the new
    /// bodies (<see cref="BodyEdit"/>) or rendered with the new theme (<see cref="ThemeEdit"/>), before the whole
    /// build (which follows and reports what it finds a moment later, as Hugo's server does).
    /// </summary>
    private void ServeFastPath(BuildOptions options, Stopwatch watch)
    {
        HashSet<string>? changed;
        lock (_changesLock)
        {
            changed = _unsettled is null || _changes is null ? null : [.. _unsettled, .. _changes];
        }

        try
        {
            if (_good is { } good && changed is not null &&
                (BodyEdit.Patch(good, _cache, options, changed) ?? ThemeEdit.Apply(good, _cache, options, changed)) is { } patched)
            {
                ServeViewedFirst(patched, watch, options.Cancellation);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file changing as it was read: the whole build that follows reads it again.
        }
    }

    /// <summary>Serves a good build's files and says what changed.</summary>
    private bool Served(BuildResult result, Stopwatch watch)
    {
        IReadOnlyList<string> changed;
        lock (_pendingLock)
        {
            changed = _site.Apply(result.Files);
            _pending = null;
        }

        _good = _planned;
        LastBuild = watch.Elapsed;
        BuildCommand.Report(result.Diagnostics, _stderr);
        _stdout.WriteLine($"Built in {LastBuild.TotalMilliseconds:0} ms ({_cache.PagesRendered} page(s) rendered): {changed.Count} file(s) changed.");
        return true;
    }

    /// <summary>One build; an exception is handed back, not thrown.</summary>
    private (BuildResult? Result, Exception? Crash) TryBuild(BuildOptions options, Stopwatch watch)
    {
        var cancel = options.Cancellation;
        var builder = new SiteBuilder
        {
            Cache = _cache,
            StageStarted = stage =>
            {
                cancel.ThrowIfCancellationRequested();
                StageStarted?.Invoke(stage);
            },
            Planned = site =>
            {
                _planned = site;
                ServeViewedFirst(site, watch, cancel);
            },
        };
        try
        {
            return (builder.Build(options), null);
        }
        catch (OperationCanceledException e) when (cancel.IsCancellationRequested)
        {
            // A cancelled build ends nothing: the cache's last finished build stays the one looked up.
            return (null, e);
        }
        catch (Exception e)
        {
            // A half-finished build may have left the cache half-updated: the next one starts from what is on disk.
            _cache = new BuildCache();
            return (null, e);
        }
    }

    /// <summary>
    /// Renders the pages open in a browser from a build that has just planned its pages, and serves them with the
    /// theme's files and the images (a stylesheet edit), before the build renders the rest (issue 16). Not when a
    /// newer change was reported meanwhile (<paramref name="cancel"/>): the file read may have been half written.
    /// </summary>
    private void ServeViewedFirst(PlannedSite site, Stopwatch watch, CancellationToken cancel)
    {
        var pending = new Pending(site);
        var pages = _viewed.Paths().Select(url => PreviewSite.FilePaths(url).Select(site.Render).FirstOrDefault(f => f is not null))
            .OfType<OutputFile>()
            .ToList();
        if (cancel.IsCancellationRequested)
        {
            return;
        }

        lock (_pendingLock)
        {
            _pending = pending;
            foreach (var page in pages)
            {
                pending.Fresh.TryAdd(page.Path, 0);
            }

            _site.Put([.. site.Assets, .. pages]);
        }

        // The first time: a body edit's pages are served before the whole build serves them again.
        if (LastViewedServed == TimeSpan.Zero)
        {
            LastViewedServed = watch.Elapsed;
        }
    }

    /// <summary>
    /// Renders a page of the build still going on when a browser asks for it before the build has (issue 16);
    /// pages it has already served, and files that are not pages, are served as they are.
    /// </summary>
    public void RenderIfStale(string urlPath)
    {
        var pending = _pending;
        if (pending is null)
        {
            return;
        }

        foreach (var path in PreviewSite.FilePaths(urlPath).Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !pending.Fresh.ContainsKey(p)))
        {
            if (pending.Site.Render(path) is { } page)
            {
                lock (_pendingLock)
                {
                    // Not when the build ended, or a newer one started, while this page rendered: it would be older than what is served.
                    if (_pending == pending && pending.Fresh.TryAdd(path, 0))
                    {
                        _site.Put([page]);
                    }
                }

                return;
            }
        }
    }

    /// <summary>Ends a build's early serving: nothing more is rendered from it on demand.</summary>
    private void EndPending()
    {
        lock (_pendingLock)
        {
            _pending = null;
        }
    }

    private bool Failed(IReadOnlyList<Diagnostic> diagnostics, Stopwatch watch)
    {
        EndPending();
        _good = null;
        _site.Fail(diagnostics.Select(d => d.ToString()).ToList());
        LastBuild = watch.Elapsed;
        BuildCommand.Report(diagnostics, _stderr);
        _stderr.WriteLine("Build failed: still serving the last good site. Fix the file and save.");
        return false;
    }

    /// <summary>An exception in a build is a problem like any other: shown in the overlay and the terminal, then back to watching.</summary>
    private bool Crashed(Exception e, BuildOptions options, Stopwatch watch)
    {
        var path = e is FileNotFoundException { FileName: { } file } ? Display(file, options) : options.InputDisplay;
        return Failed([Errors.PreviewBuildCrashed(path, e.Message)], watch);
    }

    /// <summary>A full path as diagnostics name it: below the input or theme folder as given ("input/sections/x.md").</summary>
    private string Display(string path, BuildOptions options)
    {
        foreach (var (folder, display) in new[] { (_options.Input, options.InputDisplay), (_options.Theme, options.ThemeDisplay) })
        {
            var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
            if (relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return display + "/" + relative.Replace('\\', '/');
            }
        }

        return path;
    }

    /// <summary>The wait for the changes reported since the latest build started (<see cref="DebounceFor"/>).</summary>
    private TimeSpan PendingDebounce()
    {
        lock (_changesLock)
        {
            return DebounceFor(_changes);
        }
    }

    /// <summary>Notes what a file watcher saw change (null: anything may have) and asks for a rebuild.</summary>
    public void Changed(string? path)
    {
        lock (_changesLock)
        {
            if (path is null)
            {
                _changes = null;
            }
            else
            {
                _changes?.Add(path);
            }
        }

        _requests.Writer.TryWrite(true);
    }

    /// <summary>
    /// One rebuild at a time; changes that arrive together (an editor's save) make one rebuild, and a change that
    /// arrives during a rebuild cancels it: the next one starts at once, from the files as they are then.
    /// </summary>
    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (await _requests.Reader.ReadAsync(stop))
            {
                await Task.Delay(PendingDebounce(), stop);
                _requests.Reader.TryRead(out _);
                using var newer = CancellationTokenSource.CreateLinkedTokenSource(stop);
                var build = Task.Run(() => Build(newer.Token), CancellationToken.None);
                var change = _requests.Reader.WaitToReadAsync(stop).AsTask();
                if (await Task.WhenAny(build, change) != build)
                {
                    await newer.CancelAsync();
                }

                await build;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>A build that has served the pages being viewed and goes on with the rest: the pages rendered from it since.</summary>
    private sealed record Pending(PlannedSite Site)
    {
        public ConcurrentDictionary<string, byte> Fresh { get; } = new(StringComparer.Ordinal);
    }

}
