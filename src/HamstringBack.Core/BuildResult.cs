using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core;

/// <summary>The outcome of a build: the site's files (empty when it failed), every diagnostic, and stage timings.</summary>
public sealed record BuildResult(
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<StageTiming> Timings)
{
    /// <summary>The assembled content the site was built from (null when the build stopped before assembling).</summary>
    public SiteModel? Model { get; init; }

    /// <summary>For each built page (output path), the file an editor changes to change it: content or template.</summary>
    public IReadOnlyDictionary<string, string> PageSources { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Set when the output folder holds files no build wrote, so nothing was written: for `build` a usage error,
    /// reported after <see cref="Diagnostics"/> (which do not list it).
    /// </summary>
    public Diagnostic? OutputRefused { get; init; }

    /// <summary>True when no error was reported and the output, if any, was written.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError) && OutputRefused is null;

    /// <summary>The file at <paramref name="path"/> as text, or null.</summary>
    public string? Text(string path) =>
        Files.FirstOrDefault(f => f.Path == path) is { } file ? System.Text.Encoding.UTF8.GetString(file.Content) : null;
}
