namespace HamstringBack.Core.Model;

/// <summary>The site-wide settings from input/site.yml.</summary>
/// <param name="BaseUrl">Absolute URL of the published site, always ending in '/'; may contain a sub-path.</param>
public sealed record SiteSettings(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string Publisher,
    string Disclaimer)
{
    /// <summary>The path part of <see cref="BaseUrl"/>, e.g. "/" or "/hamstrings/".</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath;
}
