using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Load;

/// <summary>Stage 2: splits the YAML front matter (between two <c>---</c> lines) from the Markdown body.</summary>
public static class FrontMatterSplitter
{
    /// <summary>Splits <paramref name="file"/>, or reports why it cannot and returns null.</summary>
    public static FrontMatter? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        var firstEnd = text.IndexOf('\n');
        var firstLine = (firstEnd < 0 ? text : text[..firstEnd]).TrimEnd();
        if (firstLine != "---")
        {
            diagnostics.Add(Errors.FrontMatterMissing(new SourceLocation(file.Path, 1, 1)));
            return null;
        }

        var position = firstEnd + 1;
        var line = 2;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = (end < 0 ? text[position..] : text[position..end]).TrimEnd();
            if (current is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..position];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        diagnostics.Add(Errors.FrontMatterNotClosed(new SourceLocation(file.Path, 1, 1)));
        return null;
    }
}
