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
        if (!Check(path, ref bytes, diagnostics))
        {
            return null;
        }

        var text = StrictUtf8.GetString(bytes);
        return text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    /// <summary>
    /// The text <see cref="Decode"/> gives, as UTF-8 in a new array on the pinned heap, which collections never copy
    /// (issue 16); or null after reporting why the bytes are not text.
    /// </summary>
    internal static byte[]? Utf8(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (!Check(path, ref bytes, diagnostics))
        {
            return null;
        }

        var hasReturns = bytes.Contains((byte)'\r');
        var utf8 = GC.AllocateUninitializedArray<byte>(bytes.Length - (hasReturns ? bytes.Count("\r\n"u8) : 0), pinned: true);
        if (!hasReturns)
        {
            bytes.CopyTo(utf8);
            return utf8;
        }

        var written = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != '\r')
            {
                utf8[written++] = bytes[i];
            }
            else if (i + 1 == bytes.Length || bytes[i + 1] != '\n')
            {
                utf8[written++] = (byte)'\n';
            }
        }

        return utf8;
    }

    /// <summary>False after reporting why <paramref name="bytes"/> are not UTF-8 text; otherwise true, and a BOM taken off them.</summary>
    private static bool Check(string path, ref ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Add(Errors.NotUtf8(new SourceLocation(path, 1, 1), "it is saved as UTF-16"));
            return false;
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
            return false;
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            var (line, column) = LineAndColumn(bytes[..bytes.IndexOf((byte)0)]);
            diagnostics.Add(Errors.NotUtf8(new SourceLocation(path, line, column), "it contains a NUL byte, so it looks like a binary file"));
            return false;
        }

        return true;
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
