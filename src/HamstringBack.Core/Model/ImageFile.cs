namespace HamstringBack.Core.Model;

/// <summary>An image from input/images/, copied to the site as is.</summary>
public sealed record ImageFile(string Name, string SourcePath, byte[] Content);
