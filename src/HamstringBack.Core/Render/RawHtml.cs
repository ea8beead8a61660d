using System.Buffers;
using System.Text;

namespace HamstringBack.Core.Render;

/// <summary>
/// HTML that is already safe (rendered Markdown, generated SVG): templates write it without escaping. Held either as
/// the string it was made from or as UTF-8 (<see cref="Utf8(StringBuilder)"/>), which is decoded each time it is
/// written: a section's rendered Markdown is held from parse to render, and at 10,000 pages that is 110 MB as UTF-16
/// strings, half as UTF-8 (issue 16). Two values are equal when their text is, however each is held.
/// </summary>
public sealed class RawHtml : IEquatable<RawHtml>
{
    /// <summary>Refuses a lone surrogate, which UTF-8 cannot hold: such HTML stays a string, so its text is kept exactly.</summary>
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string? _text;
    private readonly byte[]? _utf8;

    /// <summary>The HTML <paramref name="value"/>, held as this string.</summary>
    public RawHtml(string value) => _text = value;

    private RawHtml(byte[] utf8) => _utf8 = utf8;

    /// <summary>No HTML.</summary>
    public static RawHtml Empty { get; } = new(string.Empty);

    /// <summary>The HTML as text; held as UTF-8, it is decoded into a new string on every call.</summary>
    public string Value => _text ?? Strict.GetString(_utf8!);

    /// <summary>Whether the HTML is held as UTF-8 rather than as a string.</summary>
    internal bool HeldAsUtf8 => _utf8 is not null;

    /// <summary>
    /// The HTML written into <paramref name="html"/>, held as UTF-8 (encoded chunk by chunk, without a string of the
    /// whole); as a string when it has a lone surrogate, which UTF-8 would change.
    /// </summary>
    public static RawHtml Utf8(StringBuilder html)
    {
        // Encoded into a pooled buffer of the most bytes the text can take, one pass (an encoder counting bytes
        // forgets a pair's first half at a chunk's end), then copied at its length.
        var buffer = ArrayPool<byte>.Shared.Rent(Strict.GetMaxByteCount(html.Length));
        try
        {
            var encoder = Strict.GetEncoder();
            var written = 0;
            foreach (var chunk in html.GetChunks())
            {
                written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
            }

            written += encoder.GetBytes([], buffer.AsSpan(written), flush: true);
            return new RawHtml(buffer.AsSpan(0, written).ToArray());
        }
        catch (EncoderFallbackException)
        {
            return new RawHtml(html.ToString());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The HTML whose UTF-8 encoding is <paramref name="utf8"/> (valid UTF-8, such as a JSON writer's output).</summary>
    public static RawHtml Utf8(ReadOnlySpan<byte> utf8) => new(utf8.ToArray());

    /// <inheritdoc />
    public bool Equals(RawHtml? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (_utf8 is not null && other._utf8 is not null ? _utf8.AsSpan().SequenceEqual(other._utf8) : Value == other.Value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RawHtml);

    /// <summary>The text's length: the same however the value is held, without decoding it.</summary>
    public override int GetHashCode() => _text?.Length ?? Strict.GetCharCount(_utf8!);

    /// <inheritdoc />
    public override string ToString() => Value;
}
