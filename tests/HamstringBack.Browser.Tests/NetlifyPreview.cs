using System.Diagnostics;
using HamstringBack.Cli.Serve;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// The site as netlify.toml's build command builds it for a deploy preview, in Netlify's environment, made once for the
/// run (issue 13: CI time): <see cref="NetlifyBuildTests"/> checks the command and its output, and the walk of every
/// page at 1280 px (<see cref="SiteSweep"/>) runs on it, served with netlify.toml's headers, for every class.
/// </summary>
public sealed record NetlifyPreview(string Folder, int Code, string Log)
{
    /// <summary>The deploy preview's address that the build is given (DEPLOY_PRIME_URL).</summary>
    public const string Url = "https://deploy-preview-1--hamstringback.netlify.app";

    private const string Key = "netlify deploy preview";

    /// <summary>netlify.toml, read from the repository.</summary>
    public static NetlifyConfig Config { get; } = NetlifyConfig.Load(Path.Combine(RepoPaths.Root, "netlify.toml"));

    /// <summary>
    /// The build command's run: the first caller starts it, the others wait for it. Its folder goes when the browser and
    /// the site stop; a later caller builds it again (the desk sweep made from it is data, and stays).
    /// </summary>
    public static Task<NetlifyPreview> BuildAsync() => BrowserFixture.OnceAsync(Key, async () =>
    {
        var site = Path.Combine(Path.GetTempPath(), "hb-netlify-" + Guid.NewGuid().ToString("N"));
        BrowserFixture.DeleteAtStop(site, Key);
        // It compiles the CLI in Release unless the build is current (it is when `.ci/run` built the tests in Release).
        using (await ReleaseBuildTurn.TakeAsync())
        {
            var (code, log) = await RunAsync(Config.BuildCommand, new()
            {
                ["CONTEXT"] = "deploy-preview",
                ["DEPLOY_PRIME_URL"] = Url,
                ["URL"] = "https://hamstringback.netlify.app",
                ["HB_OUTPUT"] = site,
            });
            return new NetlifyPreview(site, code, log);
        }
    });

    /// <summary>The built folder, or an exception with the command's output if it failed.</summary>
    public string BuiltFolder => Code == 0 && File.Exists(Path.Combine(Folder, "index.html"))
        ? Folder
        : throw new InvalidOperationException($"netlify.toml's build command failed (exit code {Code}):\n{Log}");

    private static async Task<(int Code, string Log)> RunAsync(string command, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", ["-c", command])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(8));
        return (process.ExitCode, await stdout + await stderr);
    }
}
