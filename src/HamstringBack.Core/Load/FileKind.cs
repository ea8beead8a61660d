namespace HamstringBack.Core.Load;

/// <summary>What a directory entry is, told without opening it (a FIFO would block the open).</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Socket,
    Device,
}
