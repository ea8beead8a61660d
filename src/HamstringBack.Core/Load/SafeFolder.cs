using System.Buffers;
using System.Collections.Concurrent;
using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Load;

/// <summary>
/// Lists and reads the files under one folder (input/ or theme/) so that nothing outside it, and nothing that is not
/// an ordinary file, is ever opened: every path is resolved level by level (<see cref="RealPath"/>) and must stay
/// inside the folder; dangling links, FIFOs, sockets and devices are reported, never opened; editor lock and backup
/// files are skipped with a warning; two names that differ only in capital letters are an error.
/// </summary>
internal sealed class SafeFolder
{
    private readonly string _root;
    private readonly string _realRoot;
    private readonly string _displayRoot;
    private readonly string _name;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>The folders resolved so far, for <see cref="RealPath.Of(string, ConcurrentDictionary{string, ValueTuple{string, int}})"/>.</summary>
    private readonly ConcurrentDictionary<string, (string? Real, int Links)> _folders = new(StringComparer.Ordinal);

    /// <param name="root">The folder.</param>
    /// <param name="displayRoot">How the folder is named in diagnostics, e.g. "input".</param>
    /// <param name="name">What the folder is, in messages: "input" or "theme".</param>
    public SafeFolder(string root, string displayRoot, string name, DiagnosticBag diagnostics)
    {
        _root = Path.GetFullPath(root);
        _realRoot = RealPath.Of(_root) ?? _root;
        _displayRoot = displayRoot.Replace('\\', '/').TrimEnd('/');
        _name = name;
        _diagnostics = diagnostics;
    }

    /// <summary>How <paramref name="relative"/> is named in diagnostics.</summary>
    public string Display(string relative) => _displayRoot + "/" + relative.Replace('\\', '/');

    /// <summary>What is at <paramref name="relative"/>, links not followed.</summary>
    public FileKind KindOf(string relative) => FileKindProbe.Of(Path.Combine(_root, relative));

    /// <summary>
    /// The files in <paramref name="folder"/> (and its subfolders when <paramref name="recursive"/>) that
    /// <paramref name="wanted"/> accepts, as paths relative to the root with forward slashes, in ordinal order.
    /// </summary>
    /// <param name="skipped">
    /// Told of each file <paramref name="wanted"/> refuses and, unless <paramref name="recursive"/>, each subfolder
    /// (true), so the caller can say what it leaves unused; editor lock and backup files are not told.
    /// </param>
    public IReadOnlyList<string> List(string folder, Func<string, bool> wanted, bool recursive = false, Action<string, bool>? skipped = null)
    {
        var files = new List<string>();
        var kind = KindOf(folder);
        if (kind == FileKind.Missing || (kind != FileKind.Directory && kind != FileKind.SymbolicLink))
        {
            return files;
        }

        var real = RealPath.Of(Path.Combine(_root, folder), _folders);
        if (real is null)
        {
            _diagnostics.Add(Errors.DanglingLink(Display(folder), _name));
        }
        else if (!IsInside(real, orRoot: true))
        {
            _diagnostics.Add(Errors.OutsideInput(Display(folder), _name));
        }
        else if (Directory.Exists(real))
        {
            Collect(folder, real, wanted, recursive, new HashSet<string>(StringComparer.Ordinal) { real }, files, skipped);
        }

        return files;
    }

    /// <summary>
    /// The ordinary file to read for <paramref name="relative"/> (where its links lead), or null after reporting why
    /// it cannot be read: a dangling link, a link out of the folder, a folder, a special file, or over
    /// <paramref name="limit"/> bytes.
    /// </summary>
    public FileInfo? Check(string relative, long? limit)
    {
        var display = Display(relative);
        var real = RealPath.Of(Path.Combine(_root, relative), _folders);
        if (real is null)
        {
            _diagnostics.Add(Errors.DanglingLink(display, _name));
            return null;
        }

        if (!IsInside(real, orRoot: false))
        {
            _diagnostics.Add(Errors.OutsideInput(display, _name));
            return null;
        }

        switch (FileKindProbe.Of(real))
        {
            case FileKind.Regular:
                break;
            case FileKind.Directory:
                _diagnostics.Add(Errors.FolderNotFile(display));
                return null;
            case FileKind.Missing or FileKind.SymbolicLink:
                _diagnostics.Add(Errors.DanglingLink(display, _name));
                return null;
            case var special:
                _diagnostics.Add(Errors.NotAFile(display, Describe(special), _name));
                return null;
        }

        var info = new FileInfo(real);
        if (limit is { } max && info.Length > max)
        {
            _diagnostics.Add(Errors.FileTooLarge(display, info.Length, max));
            return null;
        }

        return info;
    }

    /// <summary>The bytes of a file that passed <see cref="Check"/>, or null after reporting why it cannot be read.</summary>
    public byte[]? Read(FileInfo file, string relative) => Reported(relative, () => File.ReadAllBytes(file.FullName));

    /// <summary>
    /// What <paramref name="decode"/> makes of the bytes of a file that passed <see cref="Check"/>, read into a buffer
    /// lent by the shared pool (issue 16: a byte array per file was a third of reading 10,000 sections, in
    /// allocation and collections), or null after reporting why it cannot be read. The bytes are those
    /// <see cref="Read"/> gives.
    /// </summary>
    public T? ReadWith<T>(FileInfo file, string relative, BytesReader<T> decode)
        where T : class
    {
        byte[]? buffer = null;
        try
        {
            var length = Reported(relative, () => ReadInto(file.FullName, ref buffer)) ?? -1;
            return length < 0 ? null : decode(buffer.AsSpan(0, length));
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Makes something of a file's bytes, which it may not keep.</summary>
    public delegate T? BytesReader<T>(ReadOnlySpan<byte> bytes);

    /// <summary>Reads the whole file at <paramref name="path"/> into <paramref name="buffer"/> (rented, larger if the file grew); its length.</summary>
    private static int? ReadInto(string path, ref byte[]? buffer)
    {
        using var handle = File.OpenHandle(path);
        buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(RandomAccess.GetLength(handle) + 1, Array.MaxLength));
        var length = 0;
        for (var read = 1; read > 0; length += read)
        {
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.CopyTo(larger, 0);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
        }

        return length;
    }

    /// <summary>Runs <paramref name="read"/>; a failure to read is reported, as unreadable, and gives null.</summary>
    private T? Reported<T>(string relative, Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (UnauthorizedAccessException)
        {
            _diagnostics.Add(Errors.Unreadable(Display(relative), "permission denied"));
        }
        catch (IOException e)
        {
            _diagnostics.Add(Errors.Unreadable(Display(relative), e.Message));
        }

        return default;
    }

    /// <summary>
    /// True for the lock and backup files editors leave beside the file being edited: Emacs's .#name and #name#,
    /// name~ (Emacs, gedit, Kate), Vim's .name.swp/.swo/.swx, LibreOffice's .~lock.name#.
    /// </summary>
    public static bool IsEditorLeftover(string name) =>
        name.StartsWith(".#", StringComparison.Ordinal) ||
        name.StartsWith(".~lock.", StringComparison.Ordinal) ||
        (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#')) ||
        name.EndsWith('~') ||
        (name.StartsWith('.') && (name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swo", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)));

    private void Collect(string folder, string realFolder, Func<string, bool> wanted, bool recursive, HashSet<string> visited, List<string> files, Action<string, bool>? skipped = null)
    {
        if (Entries(folder) is not { } entries)
        {
            return;
        }

        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in entries)
        {
            var relative = folder.Length == 0 ? name : folder + "/" + name;
            var kind = KindOf(relative);
            var real = kind == FileKind.SymbolicLink ? RealPath.Of(Path.Combine(_root, relative), _folders) : Path.Combine(realFolder, name);
            if (kind == FileKind.Directory || (kind == FileKind.SymbolicLink && real is not null && Directory.Exists(real)))
            {
                if (recursive)
                {
                    Descend(relative, real!, wanted, visited, files);
                }
                else
                {
                    skipped?.Invoke(relative, true);
                }
            }
            else if (Listed(name, relative, wanted, seen, skipped))
            {
                files.Add(relative);
            }
        }

        files.Sort(StringComparer.Ordinal);
    }

    /// <summary>The names in a folder, in ordinal order; null after reporting a folder that cannot be read.</summary>
    private List<string>? Entries(string folder)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(Path.Combine(_root, folder))
                .Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Add(Errors.Unreadable(Display(folder), e is UnauthorizedAccessException ? "permission denied" : e.Message));
            return null;
        }
    }

    /// <summary>
    /// Whether a file is listed: one wanted (others are passed to <paramref name="skipped"/>), not an editor's leftover,
    /// and not named like one already listed but for case (both reported).
    /// </summary>
    private bool Listed(string name, string relative, Func<string, bool> wanted, Dictionary<string, string> seen, Action<string, bool>? skipped)
    {
        if (!wanted(relative))
        {
            if (!IsEditorLeftover(name))
            {
                skipped?.Invoke(relative, false);
            }

            return false;
        }

        if (IsEditorLeftover(name))
        {
            _diagnostics.Add(Errors.EditorLeftover(Display(relative)));
            return false;
        }

        if (seen.TryGetValue(name, out var first))
        {
            _diagnostics.Add(Errors.CaseDuplicate(Display(relative), Display(first)));
            return false;
        }

        seen[name] = relative;
        return true;
    }

    private void Descend(string folder, string real, Func<string, bool> wanted, HashSet<string> visited, List<string> files)
    {
        if (!IsInside(real, orRoot: false))
        {
            _diagnostics.Add(Errors.OutsideInput(Display(folder), _name));
        }
        else if (visited.Add(real))
        {
            Collect(folder, real, wanted, recursive: true, visited, files);
        }
    }

    private bool IsInside(string real, bool orRoot) =>
        (orRoot && real == _realRoot) ||
        real.StartsWith(_realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        _ => "a device",
    };
}
