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
}
