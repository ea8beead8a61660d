using System.Collections;
using Microsoft.Extensions.FileProviders;

namespace HamstringBack.Cli.Preview;

/// <summary>A folder that exists in the in-memory site; the static-file middleware only asks whether it exists.</summary>
internal sealed class MemoryFolder : IDirectoryContents
{
    public bool Exists => true;

    public IEnumerator<IFileInfo> GetEnumerator() => Enumerable.Empty<IFileInfo>().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
