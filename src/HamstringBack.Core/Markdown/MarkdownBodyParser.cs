using HamstringBack.Core.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HamstringBack.Core.Markdown;

/// <summary>
/// Parses a Markdown body with the shared pipeline and refuses bodies nested deeper than
/// <see cref="MaxNestingDepth"/> (quotes, lists, emphasis, brackets inside each other), with the place where the
/// nesting gets too deep. Markdig itself stops at 128 levels by throwing an exception without a position, while
/// parsing or only later while rendering; checking the tree here first means neither happens (issue 12).
/// </summary>
public static class MarkdownBodyParser
{
    /// <summary>Deepest nesting of Markdown elements accepted, counting every block and inline level.</summary>
    public const int MaxNestingDepth = 32;

    /// <summary>First prefix length tried when looking for where Markdig's own limit is reached.</summary>
    private const int FirstProbe = 1024;

    /// <summary>
    /// The syntax tree of <paramref name="body"/>, the Markdown of <paramref name="path"/> after its first
    /// <paramref name="bodyLineOffset"/> lines; null when it is nested too deeply (reported).
    /// </summary>
    public static MarkdownDocument? Parse(string body, string path, int bodyLineOffset, DiagnosticBag diagnostics)
    {
        if (TryParse(body) is not { } document)
        {
            diagnostics.Add(Errors.MarkdownTooDeep(Locate(path, bodyLineOffset, body, FirstTooDeep(body)), MaxNestingDepth));
            return null;
        }

        if (TooDeep(document) is { } node)
        {
            diagnostics.Add(Errors.MarkdownTooDeep(ContentRenderer.At(path, bodyLineOffset, node), MaxNestingDepth));
            return null;
        }

        return document;
    }

    /// <summary>The tree, or null when Markdig refuses the text as nested beyond its own limit.</summary>
    private static MarkdownDocument? TryParse(string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, MarkdownPipelineFactory.Shared);
        }
        catch (ArgumentException)
        {
            // Markdig's depth limit ("Markdown elements in the input are too deeply nested").
            return null;
        }
    }

    /// <summary>The first node deeper than <see cref="MaxNestingDepth"/>, found without recursion.</summary>
    private static MarkdownObject? TooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > MaxNestingDepth)
            {
                return item.Node;
            }

            switch (item.Node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push((container[i], item.Depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline inlines:
                    PushInlines(pending, inlines, item.Depth + 1);
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// Pushes the children of <paramref name="inlines"/>, last first, so they are popped in order; walked backwards
    /// from the last child, without a list of them (issue 16: a list per container inline was 130 MB at 10,000 pages).
    /// </summary>
    private static void PushInlines(Stack<(MarkdownObject Node, int Depth)> pending, ContainerInline inlines, int depth)
    {
        for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push((child, depth));
        }
    }

    /// <summary>
    /// The index of the character whose addition makes <paramref name="body"/> too deep, in few parses: the
    /// shortest too-deep prefix of doubling length; then, when the text it added is too deep on its own, the
    /// halves of that text while one half is; then the shortest too-deep prefix of what is left.
    /// </summary>
    private static int FirstTooDeep(string body)
    {
        var (good, bad) = DoublingPrefixes(body);
        var (start, from) = TooDeepOnItsOwn(body, good, ref bad);
        return ShortestTooDeepPrefix(body, start, from, bad);
    }

    /// <summary>The longest prefix of doubling length that is fine, and the next, too deep (or the whole body).</summary>
    private static (int Good, int Bad) DoublingPrefixes(string body)
    {
        var good = 0;
        for (var probe = FirstProbe; probe < body.Length; probe *= 2)
        {
            if (IsTooDeep(body[..probe]))
            {
                return (good, probe);
            }

            good = probe;
        }

        return (good, body.Length);
    }

    /// <summary>
    /// When the lines that the too-deep prefix added are too deep on their own, the half of them that is, while one
    /// is: where that text starts, as the start and the fine length both; else (0, <paramref name="good"/>).
    /// </summary>
    private static (int Start, int Good) TooDeepOnItsOwn(string body, int good, ref int bad)
    {
        var start = body.LastIndexOf('\n', Math.Max(good - 1, 0)) + 1;
        if (start == 0 || !IsTooDeep(body[start..bad]))
        {
            return (0, good);
        }

        while (LineStartNearMiddle(body, start, bad) is var middle && middle > 0)
        {
            if (IsTooDeep(body[start..middle]))
            {
                bad = middle;
            }
            else if (IsTooDeep(body[middle..bad]))
            {
                start = middle;
            }
            else
            {
                break;
            }
        }

        return (start, start);
    }

    /// <summary>The last character of the shortest too-deep text from <paramref name="start"/>, between good and bad ends.</summary>
    private static int ShortestTooDeepPrefix(string body, int start, int good, int bad)
    {
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            if (IsTooDeep(body[start..middle]))
            {
                bad = middle;
            }
            else
            {
                good = middle;
            }
        }

        return bad - 1;
    }

    /// <summary>The start of a line strictly between <paramref name="start"/> and <paramref name="end"/>, near the middle; -1 if none.</summary>
    private static int LineStartNearMiddle(string body, int start, int end)
    {
        var middle = start + ((end - start) / 2);
        var after = body.IndexOf('\n', middle, end - middle);
        if (after >= 0 && after + 1 < end)
        {
            return after + 1;
        }

        var before = body.LastIndexOf('\n', middle, middle - start + 1);
        return before >= start && before + 1 < end ? before + 1 : -1;
    }

    private static bool IsTooDeep(string text) => TryParse(text) is not { } document || TooDeep(document) is not null;

    private static SourceLocation Locate(string path, int bodyLineOffset, string body, int index)
    {
        var before = body.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new SourceLocation(path, bodyLineOffset + 1 + before.Count('\n'), index - lineStart + 1);
    }
}
