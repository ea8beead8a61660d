using Microsoft.Extensions.FileProviders;

namespace HamstringBack.Cli.Preview;

/// <summary>A file of the in-memory site, for <see cref="MemoryFileProvider"/>.</summary>
internal sealed class MemoryFileInfo(string name, PreviewFile file) : IFileInfo
{
    public bool Exists => true;

    public long Length => file.Served.Length;

    public string? PhysicalPath => null;

    public string Name => name;

    public DateTimeOffset LastModified => file.Changed;

    public bool IsDirectory => false;

    public Stream CreateReadStream() => new MemoryStream(file.Served, writable: false);
}
