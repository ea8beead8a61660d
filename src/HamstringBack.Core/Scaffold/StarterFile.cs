namespace HamstringBack.Core.Scaffold;

/// <summary>A new content file to write: where (inside input/), its text, and the page it will become.</summary>
/// <param name="RelativePath">Path inside the input folder, e.g. "exercises/cat-stretch.yml".</param>
/// <param name="SitePath">The page's path on the site, e.g. "exercises/cat-stretch/".</param>
public sealed record StarterFile(string RelativePath, string Text, string SitePath);
