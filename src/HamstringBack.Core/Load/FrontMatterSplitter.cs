using System.Text;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Load;

/// <summary>
/// Stage 2: splits the YAML front matter (between two <c>---</c> lines) from the Markdown body. It looks for the
/// lines in the file's UTF-8 and decodes only the two parts (issue 16: the whole file's string, then the two cut
/// from it and a string per front-matter line, were 200 MB at 10,000 pages).
/// </summary>
public static class FrontMatterSplitter
{
    /// <summary>Splits <paramref name="file"/>, or reports why it cannot and returns null.</summary>
    public static FrontMatter? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Utf8;
        var firstEnd = text.IndexOf((byte)'\n');
        if (!IsFence(firstEnd < 0 ? text : text[..firstEnd], "---"u8))
        {
            diagnostics.Add(Errors.FrontMatterMissing(new SourceLocation(file.Path, 1, 1)));
            return null;
        }

        var position = firstEnd + 1;
        var line = 2;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var rest = text[position..];
            var length = rest.IndexOf((byte)'\n');
            var current = length < 0 ? rest : rest[..length];
            if (IsFence(current, "---"u8) || IsFence(current, "..."u8))
            {
                var yaml = Encoding.UTF8.GetString(text[(firstEnd + 1)..position]);
                var body = length < 0 ? string.Empty : Encoding.UTF8.GetString(rest[(length + 1)..]);
                return new FrontMatter(yaml, 2, body, line + 1);
            }

            if (length < 0)
            {
                break;
            }

            position += length + 1;
            line++;
        }

        diagnostics.Add(Errors.FrontMatterNotClosed(new SourceLocation(file.Path, 1, 1)));
        return null;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is <paramref name="fence"/> once trailing white space is trimmed as
    /// <see cref="string.TrimEnd()"/> trims it (any Unicode white space, so the rest is decoded to be checked).
    /// </summary>
    private static bool IsFence(ReadOnlySpan<byte> line, ReadOnlySpan<byte> fence) =>
        line.StartsWith(fence) && (line.Length == fence.Length || Encoding.UTF8.GetString(line[fence.Length..]).AsSpan().IsWhiteSpace());
}
