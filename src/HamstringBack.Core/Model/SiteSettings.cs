namespace HamstringBack.Core.Model;

/// <summary>The site-wide settings from input/site.yml.</summary>
/// <param name="BaseUrl">Absolute URL the site is built for (site.yml's base_url, or --base-url for a deploy preview),
/// always ending in '/'; may contain a sub-path.</param>
/// <param name="ProductionBaseUrl">site.yml's base_url even when --base-url overrides it: printed QR codes and
/// short URLs must open the live site, not a preview that will disappear.</param>
public sealed record SiteSettings(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string Publisher,
    string Disclaimer,
    string ProductionBaseUrl)
{
    /// <summary>The path part of <see cref="BaseUrl"/>, e.g. "/" or "/hamstrings/".</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath;
}
