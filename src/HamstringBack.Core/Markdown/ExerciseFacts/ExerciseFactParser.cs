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
        var i = start + 2;
        var fieldStart = i;
        while (i <= slice.End && (char.IsAsciiLetterLower(text[i]) || text[i] == '_'))
        {
            i++;
        }

        var field = text[fieldStart..i];
        var spaces = i;
        while (i <= slice.End && text[i] == ' ')
        {
            i++;
        }

        var idStart = i;
        while (i <= slice.End && (char.IsAsciiLetterLower(text[i]) || char.IsAsciiDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        var id = text[idStart..i];
        if (field.Length == 0 || spaces == idStart || id.Length == 0 || i + 1 > slice.End || text[i] != '}' || text[i + 1] != '}')
        {
            return false;
        }

        var end = i + 1;
        processor.Inline = new ExerciseFactInline
        {
            Field = field,
            ExerciseId = id,
            Written = text[start..(end + 1)],
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
