namespace HamstringBack.Core;

/// <summary>What to build: the input and theme folders, and an optional base URL that overrides site.yml.</summary>
public sealed record BuildOptions(string InputDir, string ThemeDir, string? BaseUrl = null)
{
    /// <summary>How the input folder is named in messages (relative to the working folder when possible).</summary>
    public string InputDisplay => Display(InputDir);

    /// <summary>How the theme folder is named in messages.</summary>
    public string ThemeDisplay => Display(ThemeDir);

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }
}
