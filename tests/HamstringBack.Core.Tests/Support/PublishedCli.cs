namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// The CLI as `dotnet publish -c Release` makes it (ahead-of-time compiled, native), published once for the tests
/// that use it by `.ci/publish-native` (a copy of src/ and the repository's build settings, so its restore and
/// Release build never meet another test's `dotnet run -c Release` in the same obj/ folders).
/// When <c>HB_PUBLISHED_CLI</c> names a folder that `.ci/run` is publishing into (started before the installs,
/// issue 13), the fixture waits for it and takes that program if its copied sources are byte for byte the
/// repository's; otherwise it publishes its own into a temporary folder, once per test run: every class that runs
/// the program (<see cref="Shared"/>, or this as a class fixture) takes the same one (issue 13: CI time). That folder
/// is deleted by the next test run that publishes its own.
/// </summary>
public sealed class PublishedCli
{
    /// <summary>The environment variable `.ci/run` sets to the folder it publishes into.</summary>
    public const string EarlyPublishVariable = "HB_PUBLISHED_CLI";

    private const string OwnPrefix = "hb-published-";

    private static readonly string[] Settings = ["Directory.Build.props", "Directory.Packages.props", "global.json"];

    /// <summary>The folder of the program this test run published itself, when no early publish fits: made at most once.</summary>
    private static readonly Lazy<string> OwnPublish = new(PublishOwn);

    private static readonly Lazy<PublishedCli> SharedOne = new(() => new PublishedCli());

    public PublishedCli()
        : this(Environment.GetEnvironmentVariable(EarlyPublishVariable), TimeSpan.FromMinutes(12))
    {
    }

    /// <summary>Takes the program published into <paramref name="earlyFolder"/> when it is this repository's (internal: xunit allows a class fixture one public constructor).</summary>
    internal PublishedCli(string? earlyFolder, TimeSpan wait)
    {
        if (earlyFolder is { Length: > 0 } && WaitForPublish(earlyFolder, wait) && SameSources(earlyFolder))
        {
            Root = earlyFolder;
            TookEarlyPublish = true;
        }
        else
        {
            Root = OwnPublish.Value;
        }

        PublishExitCode = int.Parse(File.ReadAllText(Path.Combine(Root, "exit-code")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        PublishLog = File.ReadAllText(Path.Combine(Root, "publish.log"));
    }

    /// <summary>
    /// The published program for test classes that run it as the shipped program in a test or two (so that it is
    /// published, or waited for, only when such a test runs): the same program as the class fixture's.
    /// </summary>
    public static PublishedCli Shared => SharedOne.Value;

    /// <summary>The folder the publish ran in: `repo/` (the copied sources), `bin/`, `publish.log`, `exit-code`.</summary>
    public string Root { get; }

    /// <summary>Whether the program is the one `.ci/run` published before the tests started.</summary>
    public bool TookEarlyPublish { get; }

    public string Folder => Path.Combine(Root, "bin");

    public string Program => Path.Combine(Folder, "hamstringback");

    public int PublishExitCode { get; }

    public string PublishLog { get; }

    /// <summary>Runs the published program in <paramref name="workingDir"/>.</summary>
    public CliRun Start(string workingDir, params string[] args) => CliProcess.Run(Program, workingDir, args);

    /// <summary>
    /// Publishes the program into a temporary folder of its own (hb-published-PID-…), after deleting those of test
    /// runs whose process is gone: no class's fixture knows it is the last to use it, and a deletion at the test host's
    /// exit (AppDomain.ProcessExit, tried) left the folder in place.
    /// </summary>
    private static string PublishOwn()
    {
        foreach (var leftover in Directory.EnumerateDirectories(Path.GetTempPath(), OwnPrefix + "*").Where(f => !Running(f)))
        {
            Delete(leftover);
        }

        var root = Path.Combine(Path.GetTempPath(), $"{OwnPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        var script = CliProcess.Run("bash", RepoPaths.Root, Path.Combine(RepoPaths.Root, ".ci", "publish-native"), root);
        if (script.ExitCode != 0 || !File.Exists(Path.Combine(root, "exit-code")))
        {
            throw new InvalidOperationException(".ci/publish-native failed: " + script.Stdout + script.Stderr);
        }

        return root;
    }

    /// <summary>Whether the test process that published into <paramref name="folder"/> (hb-published-PID-…) still runs.</summary>
    private static bool Running(string folder)
    {
        var name = Path.GetFileName(folder);
        var dash = name.IndexOf('-', OwnPrefix.Length);
        if (dash < 0 || !int.TryParse(name.AsSpan(OwnPrefix.Length, dash - OwnPrefix.Length), out var id))
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static bool WaitForPublish(string folder, TimeSpan wait)
    {
        var until = DateTime.UtcNow + wait;
        while (!File.Exists(Path.Combine(folder, "exit-code")))
        {
            if (!Directory.Exists(folder) || DateTime.UtcNow > until)
            {
                return false;
            }

            Thread.Sleep(500);
        }

        return true;
    }

    /// <summary>Whether the copy the publish was made from holds exactly the repository's src/ and build settings.</summary>
    public static bool SameSources(string folder)
    {
        var copy = Path.Combine(folder, "repo");
        var ours = SourceFiles(RepoPaths.Root);
        var theirs = SourceFiles(copy);
        return ours.SequenceEqual(theirs, StringComparer.Ordinal)
            && ours.All(file => File.ReadAllBytes(Path.Combine(RepoPaths.Root, file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(copy, file))));
    }

    /// <summary>The files of <paramref name="root"/> a publish is made from: src/ without bin/ and obj/, and the build settings.</summary>
    internal static List<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file))
            .Where(relative => !relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Concat(Settings.Where(file => File.Exists(Path.Combine(root, file))))
            .Order(StringComparer.Ordinal)
            .ToList();
}
