using System.Runtime.InteropServices;
using System.Text;

namespace HamstringBack.Core.Load;

/// <summary>
/// Tells what a path is without following a final link and without opening it. .NET has no file-type API (a FIFO,
/// a socket and /dev/null all look like empty ordinary files to FileInfo), so on Linux this asks the kernel with
/// statx(2), whose result layout is the same on every architecture; elsewhere it falls back to what FileInfo tells.
/// </summary>
internal static class FileKindProbe
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int NoSuchEntry = 2;
    private const int NotADirectory = 20;

    /// <summary>The kind of entry at <paramref name="path"/> (a link is reported as a link, not followed).</summary>
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Managed(path);
        }

        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, Encoding.UTF8.GetBytes(path + "\0"), AtSymlinkNoFollow, StatxType, buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Managed(path);
        }

        if (result != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error is NoSuchEntry or NotADirectory ? FileKind.Missing : Managed(path);
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Device,
        };
    }

    /// <summary>The best guess from FileInfo, which cannot tell special files from ordinary ones.</summary>
    private static FileKind Managed(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        return info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] result);
}
