using System.Text;
using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Load;

/// <summary>Turns file bytes into text: UTF-8 only (a BOM is allowed), line ends normalised to LF.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or returns null and reports why it cannot.</summary>
    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Add(Errors.NotUtf8(new SourceLocation(path, 1, 1), "it is saved as UTF-16"));
            return null;
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        var bad = FirstInvalidByte(bytes);
        if (bad >= 0)
        {
            var (line, column) = LineAndColumn(bytes[..bad]);
            diagnostics.Add(Errors.NotUtf8(new SourceLocation(path, line, column), $"byte 0x{bytes[bad]:X2} cannot be read as a letter"));
            return null;
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            var (line, column) = LineAndColumn(bytes[..bytes.IndexOf((byte)0)]);
            diagnostics.Add(Errors.NotUtf8(new SourceLocation(path, line, column), "it contains a NUL byte, so it looks like a binary file"));
            return null;
        }

        var text = StrictUtf8.GetString(bytes);
        return text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            var result = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (result != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> before)
    {
        var line = 1 + before.Count((byte)'\n');
        var lastNewline = before.LastIndexOf((byte)'\n');
        var column = 1 + Encoding.UTF8.GetCharCount(before[(lastNewline + 1)..]);
        return (line, column);
    }
}
