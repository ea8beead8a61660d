using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace HamstringBack.Core.Caching;

/// <summary>
/// SHA-256 of file contents, remembered by the byte array itself: a file the build reused (the same array) is
/// not hashed again. Entries go with their arrays, so nothing accumulates.
/// </summary>
internal sealed class ContentHashes
{
    private readonly ConditionalWeakTable<byte[], byte[]> _hashes = new();

    public byte[] Sha256(byte[] content) => _hashes.GetValue(content, SHA256.HashData);
}
