namespace HamstringBack.Cli;

/// <summary>
/// The files that come with the program (issue 18): the default theme and the starter site, copied next to it by
/// the build and packed with it into the dotnet tool, so an installed `hamstringback` works in any folder.
/// </summary>
public static class ToolFiles
{
    /// <summary>The theme that comes with the program.</summary>
    public static string Theme { get; } = Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>The site `new site` copies (input/, netlify.toml, README …), without the theme.</summary>
    public static string Starter { get; } = Path.Combine(AppContext.BaseDirectory, "starter");

    /// <summary>
    /// The theme folder a command uses: --theme when given, else the project's own theme/, else (a project made
    /// without one) the theme that comes with the program.
    /// </summary>
    public static string ThemeFor(string? theme) =>
        theme ?? (Directory.Exists("theme") || !Directory.Exists(Theme) ? "theme" : Theme);
}
