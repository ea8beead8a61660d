using System.Buffers;
using System.Text;
using HamstringBack.Core.Caching;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Load;

/// <summary>
/// Stage 1: reads every input file from disk into memory. Refuses files that are too large, not UTF-8, not
/// ordinary files, or that lead outside the input folder (<see cref="SafeFolder"/>), and drawings that could run
/// script (<see cref="SvgChecker"/>).
/// </summary>
public sealed class InputReader
{
    /// <summary>Largest text file accepted, in bytes.</summary>
    public const long MaxTextBytes = 2 * 1024 * 1024;

    /// <summary>Largest image accepted, in bytes.</summary>
    public const long MaxImageBytes = 1024 * 1024;

    /// <summary>Most control characters reported in one file, so a binary file does not flood the terminal.</summary>
    private const int MaxReportedPerFile = 10;

    private static readonly string[] ImageExtensions = [".svg", ".png", ".jpg", ".jpeg", ".webp"];

    /// <summary>The files and folders directly in input/ that the build reads; anything else there is reported unused.</summary>
    private static readonly string[] KnownFiles = ["site.yml", "routine.yml", "home.md", "jargon.yml"];

    private static readonly string[] KnownFolders = ["sections", "pages", "exercises", "images", "partials"];

    private readonly SafeFolder _folder;
    private readonly DiagnosticBag _diagnostics;
    private readonly IBuildCache _cache;

    /// <param name="root">The input folder.</param>
    /// <param name="displayRoot">How the input folder is named in diagnostics, e.g. "input".</param>
    public InputReader(string root, string displayRoot, DiagnosticBag diagnostics)
        : this(root, displayRoot, diagnostics, PassThroughCache.Instance)
    {
    }

    /// <param name="root">The input folder.</param>
    /// <param name="displayRoot">How the input folder is named in diagnostics, e.g. "input".</param>
    /// <param name="cache">
    /// Files read by an earlier build: one whose length and write time are unchanged is not read again
    /// (the checks on links, file types and sizes still apply).
    /// </param>
    internal InputReader(string root, string displayRoot, DiagnosticBag diagnostics, IBuildCache cache)
    {
        _folder = new SafeFolder(root, displayRoot, "input", diagnostics);
        _diagnostics = diagnostics;
        _cache = cache;
    }

    /// <summary>How many files to read at once; every core by default.</summary>
    public ParallelOptions Parallelism { get; init; } = new();

    /// <summary>Reads the whole input folder.</summary>
    public InputSet Read()
    {
        var input = new InputSet(
            ReadText("site.yml", required: true),
            ReadText("routine.yml", required: true),
            ReadText("home.md", required: true),
            ReadSections(),
            ReadFolder("pages", ".md"),
            ReadFolder("exercises", ".yml"),
            ReadImages())
        {
            Partials = ReadFolder("partials", ".md"),
            Jargon = ReadText("jargon.yml", required: false),
        };
        _folder.List(string.Empty, _ => false, skipped: (relative, isFolder) =>
        {
            // A known name of the wrong kind (a folder called site.yml) has its own error when it is read.
            if (!KnownFiles.Contains(relative, StringComparer.Ordinal) && !KnownFolders.Contains(relative, StringComparer.Ordinal))
            {
                Unused(relative, isFolder);
            }
        });
        return input;
    }

    /// <summary>One text file at <paramref name="relative"/> ("sections/04-stretching.md"), with the checks of <see cref="Read"/>; null after reporting why not.</summary>
    internal SourceFile? ReadOne(string relative) => ReadText(relative, required: true);

    private SourceFile? ReadText(string relative, bool required)
    {
        if (_folder.KindOf(relative) == FileKind.Missing)
        {
            if (required)
            {
                _diagnostics.Add(Errors.RequiredFileMissing(_folder.Display(relative)));
            }

            return null;
        }

        return Guarded(relative, () => ReadTextFile(relative));
    }

    /// <summary>
    /// The Markdown files in input/sections and in its group folders ("02-back-pain/", issue 16); a folder inside a
    /// group, or a folder whose name is not a group's, is an error, so no section is left out without a word.
    /// </summary>
    private IReadOnlyList<SourceFile> ReadSections()
    {
        var groups = new List<string>();
        var found = _folder.List("sections", IsMarkdown, skipped: (relative, isFolder) =>
        {
            if (isFolder)
            {
                groups.Add(relative);
            }
            else
            {
                Unused(relative, isFolder: false);
            }
        }).ToList();
        foreach (var group in groups.Where(g => !IsHidden(g)))
        {
            if (GroupFolder.Parse(Path.GetFileName(group)) is null)
            {
                _diagnostics.Add(Errors.BadGroupFolder(_folder.Display(group) + "/", Path.GetFileName(group)));
                continue;
            }

            found.AddRange(_folder.List(group, IsMarkdown, skipped: (relative, isFolder) =>
            {
                if (isFolder && !IsHidden(relative))
                {
                    _diagnostics.Add(Errors.GroupTooDeep(_folder.Display(relative) + "/"));
                }
                else if (!isFolder)
                {
                    Unused(relative, isFolder: false);
                }
            }));
        }

        return ReadAll(found.Order(StringComparer.Ordinal));
    }

    private static bool IsMarkdown(string relative) => relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Files and folders whose names start with a dot (.gitkeep, .git) are left alone, unused or not.</summary>
    private static bool IsHidden(string relative) => Path.GetFileName(relative).StartsWith('.');

    /// <summary>Warns that the build leaves a file or folder of the input unused (issue 16).</summary>
    private void Unused(string relative, bool isFolder)
    {
        if (!IsHidden(relative))
        {
            _diagnostics.Add(isFolder ? Errors.UnusedFolder(_folder.Display(relative) + "/") : Errors.UnusedFile(_folder.Display(relative)));
        }
    }

    private IReadOnlyList<SourceFile> ReadFolder(string folder, string extension) =>
        ReadAll(_folder.List(folder, f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase), skipped: Unused));

    /// <summary>
    /// The text files at <paramref name="relatives"/>, in that order, read in parallel (issue 16: reading 10,000
    /// sections one by one was an eighth of the build on one core); the diagnostics are sorted when reported.
    /// </summary>
    private List<SourceFile> ReadAll(IEnumerable<string> relatives)
    {
        var paths = relatives.ToArray();
        var files = new SourceFile?[paths.Length];
        Parallel.For(0, paths.Length, Parallelism, i => files[i] = Guarded(paths[i], () => ReadTextFile(paths[i])));
        return files.OfType<SourceFile>().ToList();
    }

    private IReadOnlyList<ImageFile> ReadImages()
    {
        var images = new List<ImageFile>();
        foreach (var relative in _folder.List("images", f => ImageExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()), skipped: Unused))
        {
            if (_folder.Check(relative, MaxImageBytes) is { } info &&
                (_cache.RememberedImage(relative, info) ?? ReadImage(relative, info)) is { } image)
            {
                images.Add(image);
            }
        }

        return images;
    }

    /// <summary>An image's bytes; a drawing (.svg) is checked for script and references first (<see cref="SvgChecker"/>).</summary>
    private ImageFile? ReadImage(string relative, FileInfo info)
    {
        if (_folder.Read(info, relative) is not { } bytes)
        {
            return null;
        }

        var image = new ImageFile(Path.GetFileName(relative), _folder.Display(relative), bytes);
        var isDrawing = Path.GetExtension(relative).Equals(".svg", StringComparison.OrdinalIgnoreCase);

        // A drawing with errors is not remembered, so the next build reports them again.
        return isDrawing && !SvgChecker.Check(image.SourcePath, bytes, _diagnostics) ? image : _cache.Remember(relative, info, image);
    }

    /// <summary>
    /// Runs <paramref name="read"/>, turning a file-system failure while reading (a file removed or changed while it
    /// was read) into a located error instead of a crash (issue 12).
    /// </summary>
    private T? Guarded<T>(string relative, Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Add(Errors.Unreadable(_folder.Display(relative), e.Message));
            return null;
        }
    }

    private SourceFile? ReadTextFile(string relative)
    {
        if (_cache.UnchangedText(relative) is { } unchanged)
        {
            return unchanged;
        }

        if (_folder.Check(relative, MaxTextBytes) is not { } info)
        {
            return null;
        }

        if (_cache.RememberedText(relative, info) is { } remembered)
        {
            return remembered;
        }

        var display = _folder.Display(relative);
        return _folder.ReadWith(info, relative, bytes => Text(display, bytes)) is { } utf8
            ? _cache.Remember(relative, info, new SourceFile(display, relative.Replace('\\', '/'), utf8))
            : null;
    }

    /// <summary>
    /// A text file's text as UTF-8 (<see cref="TextDecoder.Utf8"/>), or null after reporting why it cannot be used:
    /// empty, not UTF-8, or with control characters (looked for in its characters, decoded into a lent buffer).
    /// </summary>
    private byte[]? Text(string display, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            _diagnostics.Add(Errors.EmptyFile(display));
            return null;
        }

        if (TextDecoder.Utf8(display, bytes, _diagnostics) is not { } utf8)
        {
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        try
        {
            var text = chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, chars));
            if (text.IsWhiteSpace())
            {
                _diagnostics.Add(Errors.EmptyFile(display));
                return null;
            }

            return HasControlCharacters(display, text) ? null : utf8;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Reports each control or bidi character in <paramref name="text"/> (the first few), where it is.</summary>
    private bool HasControlCharacters(string display, ReadOnlySpan<char> text)
    {
        var found = 0;
        for (var at = ControlCharacters.IndexOfForbidden(text); at >= 0 && found < MaxReportedPerFile; at = ControlCharacters.IndexOfForbidden(text, at + 1))
        {
            var lineStart = text[..at].LastIndexOf('\n') + 1;
            var line = 1 + text[..lineStart].Count('\n');
            _diagnostics.Add(Errors.ControlCharacter(new SourceLocation(display, line, at - lineStart + 1), text[at], writtenAsEscape: false));
            found++;
        }

        return found > 0;
    }
}
