using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Render;

/// <summary>
/// Writes sw-manifest.js, which the service worker (theme/static/sw.js) imports: the site's version, a hash of
/// every built file, and the pages and assets to keep for offline use. Any change to the site changes the
/// version, so browsers install the new worker and drop the old cache; the same site gives the same bytes.
/// The build renders it once, after the search index stage, over the site's files and the index's (pagefind/), so
/// the index is kept for offline use too.
/// </summary>
public static class ServiceWorkerManifest
{
    /// <summary>Where the manifest goes, beside sw.js at the site root.</summary>
    public const string FileName = "sw-manifest.js";

    private static readonly HashSet<string> OfflineExtensions =
        new([".html", ".css", ".js", ".mjs", ".svg", ".png", ".jpg", ".jpeg", ".webp", ".ico", ".webmanifest", ".woff2",
            ".json", ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment"], StringComparer.Ordinal);

    /// <summary>What search needs offline from pagefind/: its script, worker, WebAssembly, index and fragments, not its UI kits.</summary>
    private static bool SearchRuntime(string path) =>
        !path.StartsWith("pagefind/", StringComparison.Ordinal)
        || !(path.Contains("-ui.", StringComparison.Ordinal) || path.Contains("highlight", StringComparison.Ordinal));

    private static readonly HashSet<string> NotCached = new(["sw.js", FileName], StringComparer.Ordinal);

    /// <summary>The manifest for <paramref name="files"/> (every other file of the built site).</summary>
    /// <param name="sha256">Hashes a file's content; SHA-256 when null (a cache may remember hashes).</param>
    public static OutputFile Render(IReadOnlyList<OutputFile> files, Func<byte[], byte[]>? sha256 = null)
    {
        files = Kept(files);
        return Render(files, Layout.Of(files), sha256);
    }

    /// <summary>
    /// The manifest for <paramref name="files"/> (already without the browser editor's, <see cref="Kept"/>), whose
    /// paths <paramref name="layout"/> was made from: a rebuild whose paths did not change reuses the layout.
    /// </summary>
    public static OutputFile Render(IReadOnlyList<OutputFile> files, Layout layout, Func<byte[], byte[]>? sha256 = null)
    {
        sha256 ??= SHA256.HashData;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var at in layout.Order)
        {
            var file = files[at];
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path));
            hash.AppendData([0]);
            hash.AppendData(file.Staged?.Sha256 ?? sha256(file.Content));
        }

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        var text = "// Written by the build: the site's version and the files sw.js keeps for offline use.\n" +
            $"self.SITE_VERSION = {JsonSerializer.Serialize(version, SiteJson.Default.String)};\n" +
            layout.FilesLine;
        return new OutputFile(FileName, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The files the manifest covers: the browser editor (admin/) is for editors online, not readers, so neither kept offline nor part of the version.</summary>
    public static IReadOnlyList<OutputFile> Kept(IReadOnlyList<OutputFile> files) =>
        [.. files.Where(f => !f.Path.StartsWith(Admin.AdminSite.Folder, StringComparison.Ordinal))];

    /// <summary>
    /// What the manifest takes from the files' paths alone (issue 16): the order their hashes go into the version,
    /// and the line listing what is kept offline.
    /// </summary>
    public sealed class Layout
    {
        private readonly string[] _paths;

        private Layout(string[] paths, int[] order, string filesLine)
        {
            _paths = paths;
            Order = order;
            FilesLine = filesLine;
        }

        /// <summary>The files' indexes in ordinal order of their paths (without the manifest itself).</summary>
        public IReadOnlyList<int> Order { get; }

        /// <summary>The manifest's last line: the URLs sw.js keeps offline.</summary>
        public string FilesLine { get; }

        /// <summary>The layout of <paramref name="files"/>.</summary>
        public static Layout Of(IReadOnlyList<OutputFile> files)
        {
            var paths = files.Select(f => f.Path).ToArray();
            var order = Enumerable.Range(0, paths.Length).Where(i => paths[i] != FileName).OrderBy(i => paths[i], StringComparer.Ordinal).ToArray();
            var urls = paths
                .Where(p => !NotCached.Contains(p) && OfflineExtensions.Contains(Path.GetExtension(p)) && SearchRuntime(p))
                .Select(PageUrl)
                .Order(StringComparer.Ordinal)
                .ToList();
            return new Layout(paths, order, $"self.SITE_FILES = {JsonSerializer.Serialize(urls, SiteJson.Default.IReadOnlyListString)};\n");
        }

        /// <summary>Whether <paramref name="files"/> have the paths this layout was made from, in the same order.</summary>
        public bool Fits(IReadOnlyList<OutputFile> files)
        {
            if (files.Count != _paths.Length)
            {
                return false;
            }

            for (var i = 0; i < _paths.Length; i++)
            {
                if (!string.Equals(files[i].Path, _paths[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The clean URL of a file, relative to the site root: "exercises/x/index.html" → "exercises/x/".</summary>
    private static string PageUrl(string path) => path switch
    {
        "index.html" => "./",
        _ when path.EndsWith("/index.html", StringComparison.Ordinal) => path[..^"index.html".Length],
        _ => path,
    };
}
