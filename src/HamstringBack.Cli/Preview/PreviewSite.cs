using System.Security.Cryptography;
using System.Text;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;

namespace HamstringBack.Cli.Preview;

/// <summary>
/// The site `preview` serves, in memory: the last build that succeeded, and the problems of the latest build
/// when it failed. A rebuild swaps in only the files whose bytes changed; open pages learn of it through
/// <see cref="Changed"/> (the event stream) and reload when their own page, or a file pages load (stylesheet, script, picture), changed.
/// </summary>
public sealed class PreviewSite
{
    /// <summary>The script that reloads the page and shows problems; served by the preview, never written to output/.</summary>
    public const string ScriptPath = "/__preview/reload.js";

    /// <summary>The overlay's stylesheet (the overlay uses classes, no inline styles, so the site's CSP applies as is).</summary>
    public const string StylePath = "/__preview/overlay.css";

    private const string Placeholder =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Preview</title></head>" +
        "<body><main><h1>The site has not built yet</h1><p>Fix the problems listed, and save.</p></main></body></html>";

    private readonly Lock _lock = new();
    private Dictionary<string, PreviewFile> _files;
    private Dictionary<string, byte[]> _built = new(StringComparer.Ordinal);
    private IReadOnlyList<string> _problems = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PreviewSite()
    {
        var html = Encoding.UTF8.GetBytes(Placeholder);
        var page = Serve("404.html", html, Hash(html), DateTimeOffset.UtcNow);
        _files = new Dictionary<string, PreviewFile>(StringComparer.Ordinal) { ["index.html"] = page, ["404.html"] = page };
    }

    /// <summary>Goes up by one whenever a file other than an HTML page changes (an image, a stylesheet).</summary>
    public int AssetVersion { get; private set; }

    /// <summary>The problems of the latest build, one line each; empty when it succeeded.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_lock)
            {
                return _problems;
            }
        }
    }

    /// <summary>Completes at the next change: a rebuild that changed files, failed, or fixed a failure.</summary>
    public Task Changed
    {
        get
        {
            lock (_lock)
            {
                return _changed.Task;
            }
        }
    }

    /// <summary>The file at a site path ("stretching/index.html"), or null.</summary>
    public PreviewFile? File(string path)
    {
        lock (_lock)
        {
            return _files.GetValueOrDefault(path);
        }
    }

    /// <summary>Whether any file lies below the folder <paramref name="folder"/> ("" for the root, "exercises/").</summary>
    public bool HasFolder(string folder)
    {
        lock (_lock)
        {
            return _files.Keys.Any(k => k.StartsWith(folder, StringComparison.Ordinal));
        }
    }

    /// <summary>The hash of the page a browser shows at <paramref name="urlPath"/> ("/stretching/"), as Netlify resolves it.</summary>
    public string PageHash(string urlPath)
    {
        lock (_lock)
        {
            var file = FilePaths(urlPath).Select(_files.GetValueOrDefault).FirstOrDefault(f => f is not null);
            return (file ?? _files.GetValueOrDefault("404.html"))?.Hash ?? string.Empty;
        }
    }

    /// <summary>The files a browser may be shown at <paramref name="urlPath"/> ("/stretching/"), as Netlify resolves it, in the order it tries them.</summary>
    public static IReadOnlyList<string> FilePaths(string urlPath)
    {
        var path = Uri.UnescapeDataString(urlPath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? [path + "index.html"] : [path, path + "/index.html"];
    }

    /// <summary>Swaps in a successful build; returns the paths added, changed or removed.</summary>
    public IReadOnlyList<string> Apply(IReadOnlyList<OutputFile> files) => Swap(files, whole: true);

    /// <summary>
    /// Swaps in some files of a build still going on (the pages being viewed, rendered first: issue 16), leaving
    /// the others as they are until <see cref="Apply"/>; returns the paths added or changed. The build has found no
    /// error so far (pages are planned only then), so the problems shown are cleared.
    /// </summary>
    public IReadOnlyList<string> Put(IReadOnlyList<OutputFile> files) => Swap(files, whole: false);

    /// <summary>Serves <paramref name="files"/>: all of the site when <paramref name="whole"/>, or in place of the files at the same paths.</summary>
    private List<string> Swap(IReadOnlyList<OutputFile> files, bool whole)
    {
        var now = DateTimeOffset.UtcNow;
        lock (_lock)
        {
            // A few files put in place change the dictionaries in place (every read is under the lock), not copies of 13,000 entries.
            var next = whole ? new Dictionary<string, PreviewFile>(StringComparer.Ordinal) : _files;
            var built = whole ? new Dictionary<string, byte[]>(StringComparer.Ordinal) : _built;
            var changed = new List<string>();
            foreach (var file in files)
            {
                var (served, isNew) = Next(file, now);
                built[file.Path] = file.Content;
                next[file.Path] = served;
                if (isNew)
                {
                    changed.Add(file.Path);
                }
            }

            if (whole)
            {
                changed.AddRange(_files.Keys.Where(k => !next.ContainsKey(k)));
            }

            Commit(next, built, changed);
            return changed;
        }
    }

    /// <summary>Serves <paramref name="next"/> from now on, clears the problems shown and tells the browsers (call under the lock).</summary>
    private void Commit(Dictionary<string, PreviewFile> next, Dictionary<string, byte[]> built, List<string> changed)
    {
        if (changed.Any(ShownByPages))
        {
            AssetVersion++;
        }

        var hadProblems = _problems.Count > 0;
        _files = next;
        _built = built;
        _problems = [];
        if (changed.Count > 0 || hadProblems)
        {
            Signal();
        }
    }

    /// <summary>
    /// Whether a changed file can change what an open page shows, so every open page reloads: a stylesheet, a
    /// script, a picture. Not a page (each page reloads for its own change), nor a file that no page loads: the
    /// offline manifest (which changes with every edit and only the service worker reads), the sitemap and
    /// robots.txt. Otherwise the pages being viewed, served first, reloaded a second time when the rest of the
    /// rebuild ended (issue 16).
    /// </summary>
    private static bool ShownByPages(string path) =>
        !path.EndsWith(".html", StringComparison.Ordinal) && path is not (ServiceWorkerManifest.FileName or "sitemap.xml" or "robots.txt");

    /// <summary>What to serve for a built file, and whether it differs from what was served before (call under the lock).</summary>
    private (PreviewFile Served, bool Changed) Next(OutputFile file, DateTimeOffset now)
    {
        if (_built.TryGetValue(file.Path, out var same) && ReferenceEquals(same, file.Content) && _files.TryGetValue(file.Path, out var kept))
        {
            // A build with a cache hands back the very same bytes for a file it did not make again.
            return (kept, false);
        }

        var hash = Hash(file.Content);
        return _files.TryGetValue(file.Path, out var old) && old.Hash == hash
            ? (old, false)
            : (Serve(file.Path, file.Content, hash, now), true);
    }

    /// <summary>Records a failed build: the last good site stays, the problems are shown over it.</summary>
    public void Fail(IReadOnlyList<string> problems)
    {
        lock (_lock)
        {
            _problems = problems;
            Signal();
        }
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..16];

    private void Signal()
    {
        var done = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.TrySetResult();
    }

    /// <summary>HTML pages get the preview's stylesheet and script before &lt;/head&gt;; other files are served as built.</summary>
    private static PreviewFile Serve(string path, byte[] content, string hash, DateTimeOffset now)
    {
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            return new PreviewFile(hash, content, now);
        }

        var html = Encoding.UTF8.GetString(content);
        var at = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var tags = $"<link rel=\"stylesheet\" href=\"{StylePath}\"><script src=\"{ScriptPath}\" data-page-hash=\"{hash}\" defer></script>\n";
        var served = at < 0 ? html + tags : html.Insert(at, tags);
        return new PreviewFile(hash, Encoding.UTF8.GetBytes(served), now);
    }
}
