using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Write;

/// <summary>Writes nothing and makes no search index: the build's result keeps every file (`check`, `preview`, tests).</summary>
internal sealed class InMemoryWriter : ISiteWriter
{
    /// <summary>The one instance.</summary>
    public static InMemoryWriter Instance { get; } = new();

    private InMemoryWriter()
    {
    }

    /// <inheritdoc />
    public StagingFolder? Staging => null;

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Problems => [];

    /// <inheritdoc />
    public Diagnostic? Refusal => null;

    /// <inheritdoc />
    public void Write(IReadOnlyList<OutputFile> files)
    {
    }

    /// <inheritdoc />
    public IReadOnlyList<OutputFile> Index() => [];

    /// <inheritdoc />
    public bool Swap(OutputFile manifest) => true;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
