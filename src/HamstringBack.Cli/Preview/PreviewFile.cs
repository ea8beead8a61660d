namespace HamstringBack.Cli.Preview;

/// <summary>One file of the previewed site, held in memory.</summary>
/// <param name="Hash">Hash of the file as built (before the preview's script tag is added), to spot changes.</param>
/// <param name="Served">The bytes served: HTML pages carry the preview's reload script and overlay stylesheet.</param>
/// <param name="Changed">When these bytes were first served, for Last-Modified and ETag.</param>
public sealed record PreviewFile(string Hash, byte[] Served, DateTimeOffset Changed);
