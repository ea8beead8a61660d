using System.Text;
using Scriban.Runtime;

namespace HamstringBack.Core.Render;

/// <summary>
/// A page template's HTML kept in a <see cref="StringBuilder"/>'s chunks, for the layout's <c>content</c> during
/// `build` (issue 16): the layout writes it chunk by chunk, so a 7 MB card sheet's body is never one 13 MB string on the
/// large-object heap. Like <see cref="RawHtml"/>, it is written without escaping; as text it is the whole HTML.
/// </summary>
internal sealed class ChunkedHtml
{
    private readonly StringBuilder _builder = new();

    /// <summary>The chunks, in order, each at most a few thousand characters.</summary>
    public IEnumerable<ReadOnlyMemory<char>> Chunks
    {
        get
        {
            foreach (var chunk in _builder.GetChunks())
            {
                yield return chunk;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => _builder.ToString();

    /// <summary>Where a page template renders into a <see cref="ChunkedHtml"/>.</summary>
    public sealed class Output : IScriptOutput
    {
        /// <summary>What was written.</summary>
        public ChunkedHtml Html { get; } = new();

        /// <inheritdoc />
        public void Write(string text, int offset, int count) => Html._builder.Append(text, offset, count);

        /// <inheritdoc />
        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        /// <summary>Nothing: <c>Template.Render</c> returns this, and the body is not to become one string.</summary>
        public override string ToString() => string.Empty;
    }
}
