namespace HamstringBack.Core.Load;

/// <summary>The one rule for a web address the site links to or is published at: absolute, https or http.</summary>
public static class WebAddress
{
    /// <summary><paramref name="value"/> as an absolute URL, or null when it is not an https (or http) web address.</summary>
    public static string? Parse(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
