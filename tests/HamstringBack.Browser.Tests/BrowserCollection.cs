namespace HamstringBack.Browser.Tests;

/// <summary>
/// The browser tests that time the machine (Lighthouse's performance score, the preview's reload time): they run
/// after all the others, one at a time, with nothing beside them (issue 13: the other classes run side by side).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser, timed, alone";
}
