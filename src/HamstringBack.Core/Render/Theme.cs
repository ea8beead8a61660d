using HamstringBack.Core.Model;
using Scriban;

namespace HamstringBack.Core.Render;

/// <summary>A loaded theme: parsed templates by name, fingerprinted assets, and static files copied as they are.</summary>
/// <param name="Templates">Templates by name without extension ("layout", "partials/head").</param>
/// <param name="AssetUrls">Site path of each asset by its file name ("site.css" → "assets/site.1a2b3c4d.css").</param>
/// <param name="Strings">The words of the pages the generator makes (theme/strings.yml).</param>
/// <param name="DisplayRoot">How the theme folder is named in diagnostics: "theme", or the folder --theme names.</param>
public sealed record Theme(
    IReadOnlyDictionary<string, Template> Templates,
    IReadOnlyDictionary<string, string> AssetUrls,
    IReadOnlyList<OutputFile> Files,
    ThemeStrings Strings,
    string DisplayRoot)
{
    /// <summary>The browser editor's files from theme/admin/, at their site paths ("admin/…"), copied as they are.</summary>
    public IReadOnlyList<OutputFile> Admin { get; init; } = [];
}
