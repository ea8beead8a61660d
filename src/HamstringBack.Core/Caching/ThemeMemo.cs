using System.Text;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Render;

namespace HamstringBack.Core.Caching;

/// <summary>
/// Loads the theme again only when a file under it was added, removed or changed (path, length, write time);
/// otherwise hands back the same <see cref="Theme"/> object, and its diagnostics again.
/// </summary>
internal sealed class ThemeMemo
{
    private string? _stamps;
    private Theme? _theme;
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    public Theme? Load(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        var stamps = Stamps(root) is { } files ? files + displayRoot : null;
        if (stamps is null || stamps != _stamps)
        {
            var own = new DiagnosticBag();
            _theme = ThemeLoader.Load(root, displayRoot, own);
            _diagnostics = own.ToSortedList();
            _stamps = stamps;
        }

        diagnostics.AddRange(_diagnostics);
        return _theme;
    }

    /// <summary>Every file's stamp, or null when one was written too recently to trust.</summary>
    private static string? Stamps(string root)
    {
        var text = new StringBuilder();
        if (Directory.Exists(root))
        {
            // Listed as the loader lists them, so a link that leads round in a circle is not followed for ever.
            var folder = new SafeFolder(root, root, "theme", new DiagnosticBag());
            foreach (var relative in folder.List(".", _ => true, recursive: true))
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
