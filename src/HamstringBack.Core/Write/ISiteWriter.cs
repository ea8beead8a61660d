using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Write;

/// <summary>
/// The last stages of a build, in order: write the site's files, make the search index beside them, then swap in
/// the site with its offline manifest. <see cref="SiteWriter"/> does them in an output folder (`build`);
/// <see cref="InMemoryWriter"/> does nothing, so the build's result keeps every file (`check`, `preview`, tests).
/// Once a step fails the later ones do nothing, and the previous output is as it was.
/// </summary>
internal interface ISiteWriter : IDisposable
{
    /// <summary>Where pages go as soon as they are rendered (issue 16), or null to keep them in the result.</summary>
    StagingFolder? Staging { get; }

    /// <summary>What went wrong, or what to know, while writing, indexing and swapping, in the order it was found.</summary>
    IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Set when the output folder holds files no build wrote, so nothing was written (a usage error).</summary>
    Diagnostic? Refusal { get; }

    /// <summary>Writes <paramref name="files"/> (all but the offline manifest), those not yet staged.</summary>
    void Write(IReadOnlyList<OutputFile> files);

    /// <summary>Makes the search index in the written site; returns the files it added, for the offline manifest.</summary>
    IReadOnlyList<OutputFile> Index();

    /// <summary>
    /// Writes <paramref name="manifest"/> and puts the site in the output folder's place; false when this or an
    /// earlier step failed (see <see cref="Problems"/> and <see cref="Refusal"/>).
    /// </summary>
    bool Swap(OutputFile manifest);
}
