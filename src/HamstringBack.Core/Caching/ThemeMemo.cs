using System.Text;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Render;

namespace HamstringBack.Core.Caching;

/// <summary>
/// Loads the theme again only when a file under it was added, removed or changed (path, length, write time), or its
/// strings did; otherwise hands back the same <see cref="Theme"/> object, and its diagnostics again. The strings
/// (<see cref="ThemeLoader.Strings"/>) are read again only when strings.yml changed.
/// </summary>
internal sealed class ThemeMemo
{
    private string? _stringsStamp;
    private ThemeStrings? _strings;
    private IReadOnlyList<Diagnostic> _stringsDiagnostics = [];
    private string? _stamps;
    private ThemeStrings? _themeStrings;
    private Theme? _theme;
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    public ThemeStrings? Strings(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        var stamp = Stamps(root, ThemeStringsLoader.FileName) is { } file ? file + displayRoot : null;
        if (stamp is null || stamp != _stringsStamp)
        {
            var own = new DiagnosticBag();
            _strings = ThemeLoader.Strings(root, displayRoot, own);
            _stringsDiagnostics = own.ToSortedList();
            _stringsStamp = stamp;
        }

        diagnostics.AddRange(_stringsDiagnostics);
        return _strings;
    }

    public Theme? Load(string root, string displayRoot, ThemeStrings? strings, DiagnosticBag diagnostics)
    {
        var stamps = Stamps(root, ".") is { } files ? files + displayRoot : null;
        if (stamps is null || stamps != _stamps || !ReferenceEquals(strings, _themeStrings))
        {
            var own = new DiagnosticBag();
            _theme = ThemeLoader.Load(root, displayRoot, strings, own);
            _diagnostics = own.ToSortedList();
            (_stamps, _themeStrings) = (stamps, strings);
        }

        diagnostics.AddRange(_diagnostics);
        return _theme;
    }

    /// <summary>
    /// The stamp of every file under <paramref name="under"/> ("." for the whole theme, or one file's name), or null
    /// when one was written too recently to trust.
    /// </summary>
    private static string? Stamps(string root, string under)
    {
        var text = new StringBuilder();
        if (Directory.Exists(root))
        {
            // Listed as the loader lists them, so a link that leads round in a circle is not followed for ever.
            var folder = new SafeFolder(root, root, "theme", new DiagnosticBag());
            IReadOnlyList<string> files = under == "." ? folder.List(".", _ => true, recursive: true) : folder.KindOf(under) == FileKind.Missing ? [] : [under];
            foreach (var relative in files)
            {
                var full = Path.Combine(root, relative);
                var target = RealPath.Of(full) is { } real ? new FileInfo(real) : null;
                if (target is null || !target.Exists || FileStamp.Settled(target) is not { } stamp)
                {
                    return null;
                }

                text.Append(full).Append('|').Append(stamp).Append('\n');
            }
        }

        return text.ToString();
    }
}
