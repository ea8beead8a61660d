namespace HamstringBack.Core.Caching;

/// <summary>A file the reader read and decoded, and the stamp it had (null: read it again next time).</summary>
internal sealed record ReadEntry<T>(FileStamp? Stamp, T File);
