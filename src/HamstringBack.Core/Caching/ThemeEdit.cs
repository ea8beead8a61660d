using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Caching;

/// <summary>
/// `preview`'s fast path for a theme edit (issue 16): when the files changed since the last good build are only the
/// theme's, and the theme loads without an error and with the same strings (which reach the Markdown, the pages'
/// plans and the exercises' views), the last good build's planned site is rendered with the new theme instead of
/// waiting for the whole build to read, parse and assemble 11,000 files. The whole build follows, and reports what
/// the new templates do to every other page.
/// </summary>
public static class ThemeEdit
{
    /// <summary>
    /// <paramref name="site"/> (the last good build's) with the theme as it is on disk now; null when a
    /// <paramref name="changed"/> file (full paths, as the file watcher reports them) is not in the theme, or the
    /// theme has an error or other strings.
    /// </summary>
    public static PlannedSite? Apply(PlannedSite site, BuildCache cache, BuildOptions options, IReadOnlyCollection<string> changed)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.ThemeDir)) + Path.DirectorySeparatorChar;
        if (changed.Count == 0 || !changed.All(p => p.StartsWith(root, StringComparison.Ordinal)))
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var strings = ((IBuildCache)cache).ThemeStrings(options.ThemeDir, options.ThemeDisplay, diagnostics);
        var theme = ((IBuildCache)cache).Theme(options.ThemeDir, options.ThemeDisplay, strings, diagnostics);
        return theme is null || diagnostics.HasErrors || theme.Strings.Fingerprint != site.Theme.Strings.Fingerprint ? null : site.WithTheme(theme);
    }
}
