using System.Buffers;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HamstringBack.Core.Render;

/// <summary>
/// HTML kept as the pieces the templates wrote, in order, each a part of a string that exists anyway (the template's
/// own text, a value, a partial's reused rendering), to be written on into another output without being copied
/// (issue 16): a page template's body for the layout's <c>content</c> during `build`, so a 7 MB card sheet's body is never
/// one 13 MB string, and the result of <c>partial</c> and <c>partial_each</c> when it is written out as it is, so the
/// section menu and the footer are not copied into a string of their own on every page. Like <see cref="RawHtml"/>,
/// it is written without escaping; as text it is the whole HTML.
/// </summary>
internal sealed class ChunkedHtml
{
    /// <summary>Most pieces in one block: 4,096 of 16 bytes, below the large-object heap's threshold.</summary>
    private const int MaxBlock = 4096;

    /// <summary>The first block's size; blocks double up to <see cref="MaxBlock"/>.</summary>
    private const int FirstBlock = 64;

    private readonly List<Piece[]> _full = [];
    private Piece[] _block;
    private int _used;

    /// <summary>
    /// Starts empty. A <paramref name="writtenOnce"/> one (a <c>partial</c>'s value written out as it is, dropped once
    /// written) takes its blocks from the shared pool and gives them back when written (issue 16: allocating them was
    /// the largest single source of garbage, 5.7% of a 10,000-page build); any other keeps its own, as it may be
    /// written more than once (the layout's <c>content</c>).
    /// </summary>
    public ChunkedHtml(bool writtenOnce = false)
    {
        WrittenOnce = writtenOnce;
        _block = writtenOnce ? ArrayPool<Piece>.Shared.Rent(FirstBlock) : new Piece[FirstBlock];
    }

    /// <summary>Whether the pieces are given back to the pool by <see cref="WriteTo"/>, so it may be written only once.</summary>
    public bool WrittenOnce { get; }

    /// <summary>Adds <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public void Add(string text, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        if (_used == _block.Length)
        {
            Grow();
        }

        _block[_used++] = new Piece(text, start, count);
    }

    /// <summary>
    /// Writes the pieces one by one into <paramref name="context"/>'s output, indented as the context indents; the same
    /// characters as writing the whole HTML as one string (Scriban indents line by line, whatever the pieces).
    /// </summary>
    public void WriteTo(TemplateContext context)
    {
        foreach (var block in _full)
        {
            foreach (var piece in block)
            {
                context.Write(piece.Text, piece.Start, piece.Count);
            }
        }

        for (var i = 0; i < _used; i++)
        {
            context.Write(_block[i].Text, _block[i].Start, _block[i].Count);
        }

        if (WrittenOnce)
        {
            foreach (var block in _full)
            {
                Give(block, block.Length);
            }

            Give(_block, _used);
            _full.Clear();
            _block = [];
            _used = 0;
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var html = new StringBuilder();
        foreach (var piece in _full.SelectMany(b => b).Concat(_block.Take(_used)))
        {
            html.Append(piece.Text, piece.Start, piece.Count);
        }

        return html.ToString();
    }

    /// <summary>
    /// Whether the function call <paramref name="call"/> is a statement of its own, whose value the template writes out
    /// as it is (<c>{{ partial "review" }}</c>), so a <see cref="ChunkedHtml"/> may stand for its text; anywhere else
    /// (<c>x = partial "review"</c>, a pipe) the value must be a string's.
    /// </summary>
    public static bool WrittenAsItIs(TemplateContext context, ScriptNode? call) =>
        context.EnableOutput && call?.Parent is ScriptExpressionStatement;

    private void Grow()
    {
        if (_used < MaxBlock)
        {
            var size = Math.Max(_used * 2, FirstBlock);
            var larger = WrittenOnce ? ArrayPool<Piece>.Shared.Rent(size) : new Piece[size];
            _block.AsSpan(0, _used).CopyTo(larger);
            if (WrittenOnce)
            {
                Give(_block, _used);
            }

            _block = larger;
            return;
        }

        _full.Add(_block);
        _block = WrittenOnce ? ArrayPool<Piece>.Shared.Rent(MaxBlock) : new Piece[MaxBlock];
        _used = 0;
    }

    /// <summary>Gives a pooled block back, its first <paramref name="used"/> pieces cleared so the pool holds no string.</summary>
    private static void Give(Piece[] block, int used)
    {
        block.AsSpan(0, used).Clear();
        ArrayPool<Piece>.Shared.Return(block);
    }

    /// <summary>Characters <see cref="Start"/> to <see cref="Start"/> + <see cref="Count"/> of <see cref="Text"/>.</summary>
    private readonly record struct Piece(string Text, int Start, int Count);

    /// <summary>Where a template renders into a <see cref="ChunkedHtml"/>.</summary>
    public sealed class Output : IScriptOutput
    {
        /// <summary>Where a template renders into a new <see cref="ChunkedHtml"/> (<see cref="ChunkedHtml(bool)"/>).</summary>
        public Output(bool writtenOnce = false) => Html = new ChunkedHtml(writtenOnce);

        /// <summary>What was written.</summary>
        public ChunkedHtml Html { get; }

        /// <inheritdoc />
        public void Write(string text, int offset, int count) => Html.Add(text, offset, count);

        /// <inheritdoc />
        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        /// <summary>Nothing: <c>Template.Render</c> returns this, and the HTML is not to become one string.</summary>
        public override string ToString() => string.Empty;
    }
}
