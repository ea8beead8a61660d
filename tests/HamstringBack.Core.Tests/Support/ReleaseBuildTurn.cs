namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// The tests that build the CLI in Release in the repository's own src/ folders (the packed dotnet tool, the
/// Netlify build command's `dotnet run -c Release`) take turns, across test processes: two builds writing the same
/// obj/Release folders at once would break each other. Building there, not in a copy, lets them reuse the Release
/// build `.ci/run` makes to run the tests (issue 13: CI time; each copy was a full compile).
/// </summary>
public static class ReleaseBuildTurn
{
    private static readonly string LockFile = Path.Combine(Path.GetTempPath(),
        "hamstringback-release-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(RepoPaths.Root)))[..16] + ".lock");

    /// <summary>Waits (up to 15 minutes) until no other test process builds in Release here, then holds the turn until disposed.</summary>
    public static async Task<IDisposable> TakeAsync()
    {
        var until = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            try
            {
                return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
