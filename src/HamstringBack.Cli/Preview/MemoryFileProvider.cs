using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace HamstringBack.Cli.Preview;

/// <summary>Lets ASP.NET Core's static-file middleware serve the preview's in-memory site, as it serves a folder.</summary>
public sealed class MemoryFileProvider(PreviewSite site) : IFileProvider
{
    /// <inheritdoc />
    public IFileInfo GetFileInfo(string subpath)
    {
        var path = subpath.TrimStart('/');
        return site.File(path) is { } file ? new MemoryFileInfo(Path.GetFileName(path), file) : new NotFoundFileInfo(path);
    }

    /// <inheritdoc />
    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var folder = subpath.Trim('/');
        return site.HasFolder(folder.Length == 0 ? string.Empty : folder + "/") ? new MemoryFolder() : NotFoundDirectoryContents.Singleton;
    }

    /// <inheritdoc />
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
