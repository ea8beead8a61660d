using System.Buffers;
using System.Text;

namespace HamstringBack.Core.Diagnostics;

/// <summary>
/// Characters that are invisible in an editor but act on whatever shows the text: C0 and C1 control characters
/// (a terminal obeys ESC sequences, BEL rings) and the bidirectional overrides and isolates that reorder
/// what a reader sees ("Trojan Source"). Input text may not hold them (issue 12); diagnostics print them escaped.
/// </summary>
public static class ControlCharacters
{
    /// <summary>True for a character input text may not hold: C0 controls but tab and line ends, DEL, C1 controls, bidi overrides.</summary>
    public static bool IsForbidden(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || IsBidiControl(c);

    /// <summary>The index of the first forbidden character in <paramref name="text"/> from <paramref name="start"/>, or -1.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<char> text, int start = 0) =>
        text[start..].IndexOfAny(Forbidden) is var found and >= 0 ? start + found : -1;

    /// <summary>Every character <see cref="IsForbidden"/> is true for, searched for many at a time (issue 16: 10,000 pages' text).</summary>
    private static readonly SearchValues<char> Forbidden =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(IsForbidden).ToArray());

    /// <summary>
    /// <paramref name="text"/> safe to print on a terminal on one line: every control character (tab and line ends
    /// too) and bidi control written as \uXXXX.
    /// </summary>
    public static string Escape(string text)
    {
        if (!text.Any(c => c < ' ' || IsForbidden(c)))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c < ' ' || IsForbidden(c))
            {
                escaped.Append($"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
