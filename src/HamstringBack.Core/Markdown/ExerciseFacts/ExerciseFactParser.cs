using Markdig.Helpers;
using Markdig.Parsers;

namespace HamstringBack.Core.Markdown.ExerciseFacts;

/// <summary>
/// Reads <c>{{field exercise-id}}</c> inside a paragraph: two braces, a field name (letters and _), one or more
/// spaces, an exercise id (lower-case letters, digits and -), two braces. Anything else stays plain text.
/// </summary>
public sealed class ExerciseFactParser : InlineParser
{
    public ExerciseFactParser()
    {
        OpeningCharacters = ['{'];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (slice.PeekChar() != '{')
        {
            return false;
        }

        var text = slice.Text;
        var fieldStart = start + 2;
        var fieldEnd = Skip(text, fieldStart, slice.End, static c => char.IsAsciiLetterLower(c) || c == '_');
        var idStart = Skip(text, fieldEnd, slice.End, static c => c == ' ');
        var idEnd = Skip(text, idStart, slice.End, static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        if (fieldEnd == fieldStart || idStart == fieldEnd || idEnd == idStart || idEnd + 1 > slice.End || text[idEnd] != '}' || text[idEnd + 1] != '}')
        {
            return false;
        }

        var end = idEnd + 1;
        processor.Inline = new ExerciseFactInline
        {
            Field = text[fieldStart..fieldEnd],
            ExerciseId = text[idStart..idEnd],
            Written = text[start..(end + 1)],
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }

    /// <summary>The index after the run of characters from <paramref name="i"/> (up to <paramref name="end"/>) that are <paramref name="what"/>.</summary>
    private static int Skip(string text, int i, int end, Func<char, bool> what)
    {
        while (i <= end && what(text[i]))
        {
            i++;
        }

        return i;
    }
}
