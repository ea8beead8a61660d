using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using HamstringBack.Core.Model;
using HamstringBack.Core.Write;
using Scriban.Runtime;

namespace HamstringBack.Core.Render;

/// <summary>
/// Where a page's layout writes its HTML during `build`: encoded to UTF-8 straight into the page's file in the staging
/// folder, hashed and counted on the way (issue 16). The page's text is never one string nor one byte array, so a
/// 7 MB card sheet makes no large-object garbage. The bytes are those <c>Encoding.UTF8.GetBytes</c> gives for the whole
/// text. A file-system failure is kept, not thrown: the page is then rendered again in memory for the writer to report.
/// </summary>
internal sealed class StagedPageOutput : IScriptOutput, IDisposable
{
    private const int BufferBytes = 64 * 1024;

    /// <summary>Most bytes one character can take in UTF-8 (a surrogate pair's second half: 4 bytes for the pair).</summary>
    private const int MaxCharBytes = 4;

    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
    private readonly FileStream? _file;
    private int _used;
    private long _bytes;

    /// <summary>Starts the file of the page at <paramref name="outputPath"/> in <paramref name="staging"/>.</summary>
    public StagedPageOutput(StagingFolder staging, string outputPath)
    {
        try
        {
            _file = staging.Create(outputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failed = true;
        }
    }

    /// <summary>How many characters the templates wrote (the page's length as text).</summary>
    public long Characters { get; private set; }

    /// <summary>Whether creating or writing the file failed; the file is then incomplete.</summary>
    public bool Failed { get; private set; }

    /// <inheritdoc />
    public void Write(string text, int offset, int count)
    {
        Characters += count;
        var chars = text.AsSpan(offset, count);
        while (!chars.IsEmpty)
        {
            if (_buffer.Length - _used < MaxCharBytes)
            {
                Flush();
            }

            _encoder.Convert(chars, _buffer.AsSpan(_used), flush: false, out var read, out var written, out _);
            _used += written;
            chars = chars[read..];
        }
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends the file: what is still buffered is written; the length and SHA-256 of everything written.</summary>
    public StagedContent Finish()
    {
        _encoder.Convert([], _buffer.AsSpan(_used), flush: true, out _, out var written, out _);
        _used += written;
        Flush();
        return new StagedContent(_bytes, _hash.GetHashAndReset());
    }

    private void Flush()
    {
        var bytes = _buffer.AsSpan(0, _used);
        _hash.AppendData(bytes);
        _bytes += _used;
        _used = 0;
        if (Failed)
        {
            return;
        }

        try
        {
            _file!.Write(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failed = true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            _file?.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failed = true;
        }

        _hash.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }
}
