namespace HamstringBack.Core.Model;

/// <summary>One file of the built site: its path inside output/ (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
