namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// The test site of one class's invalid fixtures (a class fixture; issue 13: CI time). Its theme/ is copied once and
/// kept from case to case, its input/ is copied again for each case, and everything else in it (output/, staging
/// folders) is removed first: the theme is 153 of a site's 171 files and 6.8 of its 6.9 MB, and an invalid build
/// never writes it. A case that changes the theme gets a site of its own, and a kept theme whose files are not the
/// ones copied (a file added, removed, or of another size or time) is copied again, so every case starts from an
/// exact copy of the real input/ and theme/ as before. xunit runs the tests of one class one after another, so one
/// case at a time has the site.
/// </summary>
public sealed class FixtureSites : IDisposable
{
    private readonly TempSite _site = new(copyInput: false);
    private Dictionary<string, (long Length, DateTime Written)> _theme;

    public FixtureSites() => _theme = Stamp(_site.Theme);

    /// <summary>A site holding a copy of the real input/ and theme/ with <paramref name="fixture"/> laid over it; dispose it when the case ends.</summary>
    public Lease Take(InvalidFixture fixture)
    {
        if (fixture.ChangesTheme)
        {
            var own = new TempSite();
            fixture.ApplyTo(own);
            return new Lease(own, own);
        }

        if (!SameStamp(_theme, Stamp(_site.Theme)))
        {
            Directory.Delete(_site.Theme, recursive: true);
            TempSite.Copy(RepoPaths.Theme, _site.Theme);
            _theme = Stamp(_site.Theme);
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(_site.Root).Where(e => e != _site.Theme))
        {
            if (Directory.Exists(entry) && !File.GetAttributes(entry).HasFlag(FileAttributes.ReparsePoint))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        TempSite.Copy(RepoPaths.Input, _site.Input);
        fixture.ApplyTo(_site);
        return new Lease(_site, null);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Every file under <paramref name="folder"/> with its length and time of last write.</summary>
    private static Dictionary<string, (long Length, DateTime Written)> Stamp(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
            .ToDictionary(f => f.FullName, f => (f.Length, f.LastWriteTimeUtc), StringComparer.Ordinal);

    private static bool SameStamp(Dictionary<string, (long Length, DateTime Written)> a, Dictionary<string, (long Length, DateTime Written)> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var other) && other == e.Value);

    /// <summary>A case's site: the shared one (nothing to dispose) or one of its own.</summary>
    public sealed class Lease(TempSite site, IDisposable? own) : IDisposable
    {
        public TempSite Site { get; } = site;

        public void Dispose() => own?.Dispose();
    }
}
