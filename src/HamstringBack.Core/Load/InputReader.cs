using HamstringBack.Core.Caching;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Load;

/// <summary>
/// Stage 1: reads every input file from disk into memory. Refuses files that are too large, not UTF-8,
/// or links that lead outside the input folder.
/// </summary>
public sealed class InputReader
{
    /// <summary>Largest text file accepted, in bytes.</summary>
    public const long MaxTextBytes = 2 * 1024 * 1024;

    /// <summary>Largest image accepted, in bytes.</summary>
    public const long MaxImageBytes = 1024 * 1024;

    private static readonly string[] ImageExtensions = [".svg", ".png", ".jpg", ".jpeg", ".webp"];

    private readonly string _root;
    private readonly string _displayRoot;
    private readonly DiagnosticBag _diagnostics;
    private readonly BuildCache? _cache;

    /// <param name="root">The input folder.</param>
    /// <param name="displayRoot">How the input folder is named in diagnostics, e.g. "input".</param>
    /// <param name="cache">
    /// Files read by an earlier build: one whose length and write time are unchanged is not read again
    /// (the checks on links and sizes still apply).
    /// </param>
    public InputReader(string root, string displayRoot, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        _root = Path.GetFullPath(root);
        _displayRoot = displayRoot.Replace('\\', '/').TrimEnd('/');
        _diagnostics = diagnostics;
        _cache = cache;
    }

    /// <summary>Reads the whole input folder.</summary>
    public InputSet Read()
    {
        var input = new InputSet(
            ReadText("site.yml", required: true),
            ReadText("routine.yml", required: true),
            ReadText("home.md", required: true),
            ReadFolder("sections", ".md"),
            ReadFolder("pages", ".md"),
            ReadFolder("exercises", ".yml"),
            ReadImages())
        {
            Partials = ReadFolder("partials", ".md"),
            Jargon = ReadText("jargon.yml", required: false),
        };
        _cache?.Reads.Commit();
        return input;
    }

    private SourceFile? ReadText(string relative, bool required)
    {
        var full = Path.Combine(_root, relative);
        if (!File.Exists(full))
        {
            if (required)
            {
                _diagnostics.Add(Errors.RequiredFileMissing(Display(relative)));
            }

            return null;
        }

        return ReadTextFile(relative);
    }

    private IReadOnlyList<SourceFile> ReadFolder(string folder, string extension)
    {
        var files = new List<SourceFile>();
        foreach (var relative in List(folder).Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
        {
            if (ReadTextFile(relative) is { } file)
            {
                files.Add(file);
            }
        }

        return files;
    }

    private IReadOnlyList<ImageFile> ReadImages()
    {
        var images = new List<ImageFile>();
        foreach (var relative in List("images"))
        {
            if (!ImageExtensions.Contains(Path.GetExtension(relative).ToLowerInvariant()))
            {
                continue;
            }

            if (Check(relative, MaxImageBytes) is not { } info)
            {
                continue;
            }

            var image = Remembered<ImageFile>(relative, info) ??
                Remember(relative, info, new ImageFile(Path.GetFileName(relative), Display(relative), File.ReadAllBytes(info.FullName)));
            images.Add(image);
        }

        return images;
    }

    private SourceFile? ReadTextFile(string relative)
    {
        if (Check(relative, MaxTextBytes) is not { } info)
        {
            return null;
        }

        if (Remembered<SourceFile>(relative, info) is { } remembered)
        {
            return remembered;
        }

        var bytes = File.ReadAllBytes(info.FullName);
        var display = Display(relative);
        if (bytes.Length == 0)
        {
            _diagnostics.Add(Errors.EmptyFile(display));
            return null;
        }

        var text = TextDecoder.Decode(display, bytes, _diagnostics);
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            _diagnostics.Add(Errors.EmptyFile(display));
            return null;
        }

        return Remember(relative, info, new SourceFile(display, relative.Replace('\\', '/'), text));
    }

    /// <summary>What an earlier build read from this file, when its length and write time are the same.</summary>
    private T? Remembered<T>(string relative, FileInfo info)
        where T : class
    {
        if (_cache is null)
        {
            return null;
        }

        if (_cache.Reads.TryGet(relative, out var entry) && entry.File is T file && entry.Stamp == FileStamp.Of(info))
        {
            _cache.Reads.Keep(relative, entry);
            return file;
        }

        _cache.CountRead();
        return null;
    }

    private T Remember<T>(string relative, FileInfo info, T file)
        where T : class
    {
        _cache?.Reads.Keep(relative, new ReadEntry(FileStamp.Settled(info), file));
        return file;
    }

    /// <summary>The file to read, after refusing links that leave the input folder and files over the size limit.</summary>
    private FileInfo? Check(string relative, long limit)
    {
        var full = Path.Combine(_root, relative);
        var display = Display(relative);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInside(target.FullName))
            {
                _diagnostics.Add(Errors.OutsideInput(display));
                return null;
            }

            info = new FileInfo(target.FullName);
        }

        if (info.Length > limit)
        {
            _diagnostics.Add(Errors.FileTooLarge(display, info.Length, limit));
            return null;
        }

        return info;
    }

    private IEnumerable<string> List(string folder)
    {
        var full = Path.Combine(_root, folder);
        if (!Directory.Exists(full))
        {
            return [];
        }

        var dir = new DirectoryInfo(full);
        if (dir.LinkTarget is not null)
        {
            var target = dir.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInside(target.FullName))
            {
                _diagnostics.Add(Errors.OutsideInput(Display(folder)));
                return [];
            }
        }

        return Directory.EnumerateFiles(full, "*", SearchOption.TopDirectoryOnly)
            .Select(f => folder + "/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private bool IsInside(string path)
    {
        var full = Path.GetFullPath(path);
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private string Display(string relative) => _displayRoot + "/" + relative.Replace('\\', '/');
}
