using System.Diagnostics;
using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Cli.Search;

/// <summary>
/// Installs what the build runs on first use (issue 18): when the project's package-lock.json lists pagefind and
/// no node_modules/.bin/pagefind is found, runs `npm ci` in the project folder once, so `build` alone makes the
/// whole site, search included. `build --no-search` never gets here, and needs no npm.
/// </summary>
public sealed class SearchToolInstaller(string? npm)
{
    /// <summary>The file that lists the npm packages, in the project folder.</summary>
    public const string LockFile = "package-lock.json";

    /// <summary>An installer using the first npm on PATH (none when there is no npm).</summary>
    public static SearchToolInstaller FromPath() => new(FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm"));

    /// <summary>
    /// Installs pagefind into <paramref name="project"/> when its lock file lists it and it is not installed yet,
    /// saying so on <paramref name="stdout"/>; returns an error when that was needed and failed.
    /// </summary>
    public IReadOnlyList<Diagnostic> InstallIfMissing(string project, TextWriter stdout)
    {
        var lockFile = Path.Combine(project, LockFile);
        if (PagefindIndexer.Find(project).IsInstalled || !File.Exists(lockFile) || !File.ReadAllText(lockFile).Contains("\"node_modules/pagefind\"", StringComparison.Ordinal))
        {
            return [];
        }

        if (npm is null)
        {
            return [Errors.NpmMissing(LockFile)];
        }

        stdout.WriteLine($"Installing pagefind for the search index: npm ci (once; it goes into node_modules/) …");
        try
        {
            var (exitCode, output) = ToolProcess.Run(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], project);
            if (exitCode != 0)
            {
                var detail = string.Join(" ", output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
                return [Errors.NpmInstallFailed(LockFile, $"exit code {exitCode}{(detail.Length > 0 ? ", " + detail : string.Empty)}")];
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return [Errors.NpmInstallFailed(LockFile, e.Message)];
        }

        return PagefindIndexer.Find(project).IsInstalled
            ? []
            : [Errors.NpmInstallFailed(LockFile, "it finished, but node_modules/.bin/pagefind is not there")];
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
