using System.Collections.Concurrent;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// What <see cref="CardPrintTests"/> prints and measures of the real site's card layouts, made once per layout for
/// the class (issue 13: CI time): the layout's PDF, read by the PDF tests and the QR test, and one load of its page
/// laid out as print does, read by the overflow test and the frame-share test. The first test to ask makes it;
/// a failure to make it fails every test that asks.
/// </summary>
public sealed class CardPrints : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _pdfs = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<CardMeasures>>> _layouts = new();

    /// <summary>The folder the class prints into (a test's own folder goes with the test; these PDFs outlive it).</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("hb-card-prints-").FullName;

    /// <summary>The path of layout <paramref name="id"/>'s PDF, printed by <paramref name="print"/> the first time.</summary>
    public Task<string> PdfAsync(string id, Func<Task<string>> print) =>
        _pdfs.GetOrAdd(id, _ => new Lazy<Task<string>>(print)).Value;

    /// <summary>Layout <paramref name="id"/>'s measures, taken by <paramref name="measure"/> the first time.</summary>
    public Task<CardMeasures> LayoutAsync(string id, Func<Task<CardMeasures>> measure) =>
        _layouts.GetOrAdd(id, _ => new Lazy<Task<CardMeasures>>(measure)).Value;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>
/// A card layout's page as print lays it out: the cards whose content overflows their space ("ID by N px"), and each
/// card's share of its area taken by its frames and its smallest text in points.
/// </summary>
public sealed record CardMeasures(IReadOnlyList<string> Overflowing, IReadOnlyList<(string Id, double FrameShare, double SmallestPoints)> Cards);
