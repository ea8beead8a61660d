using System.Text;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;

namespace HamstringBack.Core.Tests.Stages;

public sealed class TextDecoderTests
{
    [Fact]
    public void Removes_a_byte_order_mark_and_normalises_line_ends()
    {
        var bag = new DiagnosticBag();
        var text = TextDecoder.Decode("f", [0xEF, 0xBB, 0xBF, .. "a\r\nb\rc\n"u8.ToArray()], bag);

        Assert.Equal("a\nb\nc\n", text);
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void Locates_the_first_invalid_byte()
    {
        var bag = new DiagnosticBag();
        var bytes = Encoding.UTF8.GetBytes("line one\nab").Concat(new byte[] { 0xFF }).ToArray();

        Assert.Null(TextDecoder.Decode("f", bytes, bag));
        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal(("HB0005", 2, 3), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Refuses_utf16()
    {
        var bag = new DiagnosticBag();

        Assert.Null(TextDecoder.Decode("f", [0xFF, 0xFE, (byte)'a', 0], bag));
        Assert.Contains("UTF-16", Assert.Single(bag.ToSortedList()).Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The read keeps the input's text as UTF-8 (issue 16, session 13): the same text <see cref="TextDecoder.Decode"/>
    /// gives for a BOM, CRLF, lone CRs (one at the end), 1- to 4-byte characters and a file with no line end to change.
    /// </summary>
    [Theory]
    [InlineData("\uFEFFa\r\nb\rc\n")]
    [InlineData("\u00e9t\u00e9\r\n\u2014 \ud83d\ude00 \u4e2d\r")]
    [InlineData("plain\ntext")]
    [InlineData("\r\r\n\n\r")]
    public void Reads_as_utf8_the_text_it_decodes(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var bag = new DiagnosticBag();

        var utf8 = TextDecoder.Utf8("f", bytes, bag);

        Assert.NotNull(utf8);
        Assert.Equal(TextDecoder.Decode("f", bytes, new DiagnosticBag()), Encoding.UTF8.GetString(utf8));
        Assert.Equal(TextDecoder.Decode("f", bytes, new DiagnosticBag()), new Model.SourceFile("f", "f", utf8).Text);
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void Refuses_as_utf8_what_it_refuses_to_decode()
    {
        var bag = new DiagnosticBag();

        Assert.Null(TextDecoder.Utf8("f", [(byte)'a', (byte)'\n', (byte)'b', 0xFF], bag));
        Assert.Equal(("HB0005", 2, 2), (Assert.Single(bag.ToSortedList()).Code, bag.ToSortedList()[0].Line, bag.ToSortedList()[0].Column));
    }
}
