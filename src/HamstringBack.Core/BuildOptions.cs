namespace HamstringBack.Core;

/// <summary>What to build: the input and theme folders, and an optional base URL that overrides site.yml.</summary>
public sealed record BuildOptions(string InputDir, string ThemeDir, string? BaseUrl = null)
{
    /// <summary>How the input folder is named in messages: as it was given, with forward slashes.</summary>
    public string InputDisplay => InputLabel ?? Display(InputDir);

    /// <summary>How the theme folder is named in messages.</summary>
    public string ThemeDisplay => ThemeLabel ?? Display(ThemeDir);

    /// <summary>A name for the input folder in messages instead of its path (tests use "input").</summary>
    public string? InputLabel { get; init; }

    /// <summary>A name for the theme folder in messages instead of its path.</summary>
    public string? ThemeLabel { get; init; }

    /// <summary>
    /// How many files the parse, Markdown and render stages work on at once; -1 (the default) uses every core,
    /// 1 builds one file at a time. The output is the same either way.
    /// </summary>
    public int MaxParallelism { get; init; } = -1;

    /// <summary>Keep each page's Markdown syntax tree (<see cref="Model.Section.Syntax"/>) after rendering, for `check`.</summary>
    public bool KeepSyntaxTrees { get; init; }

    /// <summary>Most bytes of HTML the pages may add up to (<see cref="Render.SiteSizeGuard.MaxSiteBytes"/>); tests lower it.</summary>
    internal long MaxSiteBytes { get; init; } = Render.SiteSizeGuard.MaxSiteBytes;

    /// <summary>
    /// Where `build` writes the site, and what makes its search index; null (tests, `check`, `preview`) writes nothing
    /// and keeps every file in the result.
    /// </summary>
    public Write.SiteOutput? Output { get; init; }

    /// <summary>Stops the parse, Markdown and render stages early (an OperationCanceledException): `preview` cancels a build a newer change made useless.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>How the read, parse, Markdown and render stages share the cores (<see cref="MaxParallelism"/>).</summary>
    internal ParallelOptions Parallel => new() { MaxDegreeOfParallelism = MaxParallelism, CancellationToken = Cancellation };

    private static string Display(string path)
    {
        var display = path.Replace('\\', '/').TrimEnd('/');
        return display.StartsWith("./", StringComparison.Ordinal) ? display[2..] : display;
    }
}
