namespace HamstringBack.Core.Caching;

/// <summary>A file the reader read and decoded (a <c>SourceFile</c> or an <c>ImageFile</c>), and the stamp it had (null: read it again next time).</summary>
internal sealed record ReadEntry(FileStamp? Stamp, object File);
