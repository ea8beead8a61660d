using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Caching;

/// <summary>
/// `preview`'s fast path for a body edit (issue 16), as Hugo's server has for content: when the files changed since
/// the last good build are only content Markdown files of it (home, sections, pages) whose front matter is as it
/// was, those files alone are read and parsed, and the last build's planned site is patched with them instead of
/// reading, parsing and assembling 11,000 files; a path reported that is gone and was no input of that build (an
/// editor's temporary file renamed over the page, an atomic save) changes nothing. Anything else (front matter
/// changed, a file added or removed, YAML, the theme, an error in the edited file) takes the whole build, which also
/// follows the fast path: it checks the links between pages and reports what the fast path does not look at.
/// </summary>
public static class BodyEdit
{
    /// <summary>
    /// <paramref name="site"/> (the last good build's) with the bodies of the <paramref name="changed"/> files (full
    /// paths, as the file watcher reports them) as they are on disk now; null when the edit is not only a body edit.
    /// </summary>
    public static PlannedSite? Patch(PlannedSite site, BuildCache cache, BuildOptions options, IReadOnlyCollection<string> changed)
    {
        if (changed.Count == 0 || cache.ContentRenderer is not { } renderer)
        {
            return null;
        }

        var model = site.Model;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.InputDir));
        var edits = new List<(Section Old, Section Replacement)>();
        foreach (var path in changed)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (Gone(path, relative, cache))
            {
                // An editor's temporary file, already renamed over the page it saves (an atomic save), or its lock file.
                continue;
            }

            if (Page(model, relative) is not { } old || Edited(old, cache, options, renderer) is not { } replacement)
            {
                return null;
            }

            edits.Add((old, replacement));
        }

        if (edits.Count == 0)
        {
            return null;
        }

        // The edited bodies' links to other pages must hold too (the last good build's pages, and their headings
        // with the edited pages' new ones): a broken edit keeps the last good page served while the whole build reports it.
        var patched = edits.Aggregate(site, (patching, edit) => patching.WithPage(edit.Old, edit.Replacement));
        return edits.Any(e => CrossPageLinks.Problems(e.Replacement.Content, patched.Links).Any(d => d.IsError)) ? null : patched;
    }

    /// <summary>
    /// Whether the changed path is inside the input folder, gone now, and the last build read nothing there: it
    /// changes nothing that build made (a theme file gone takes the whole build).
    /// </summary>
    private static bool Gone(string path, string relative, BuildCache cache) =>
        relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative) &&
        !File.Exists(path) && !Directory.Exists(path) && !cache.Read(relative);

    /// <summary>The content page (home, section or page) made from the input file at <paramref name="relative"/>, or null.</summary>
    private static Section? Page(SiteModel model, string relative) =>
        relative.EndsWith(".md", StringComparison.Ordinal)
            ? model.ContentPages.FirstOrDefault(p => p.RelativePath == relative)
            : null;

    /// <summary>The page <paramref name="old"/> parsed again from its file on disk; null when its front matter changed or it has an error.</summary>
    private static Section? Edited(Section old, BuildCache cache, BuildOptions options, ContentRenderer renderer)
    {
        var diagnostics = new DiagnosticBag();
        if (cache.PreviousText(old.RelativePath) is not { } previous ||
            new InputReader(options.InputDir, options.InputDisplay, diagnostics).ReadOne(old.RelativePath) is not { } file ||
            FrontMatterSplitter.Split(previous, new DiagnosticBag()) is not { } before ||
            FrontMatterSplitter.Split(file, diagnostics) is not { } after ||
            before with { Body = string.Empty } != after with { Body = string.Empty })
        {
            return null;
        }

        var replacement = SectionLoader.Load(file, old.Kind, diagnostics, renderer, options.KeepSyntaxTrees);
        return diagnostics.HasErrors ? null : replacement;
    }
}
