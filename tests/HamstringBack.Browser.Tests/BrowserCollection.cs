namespace HamstringBack.Browser.Tests;

/// <summary>
/// The browser tests that time the machine (Lighthouse's performance score, the preview's reload time): they run
/// after all the others, one at a time, with nothing beside them (issue 13: the other classes run side by side).
/// Each class in it also has the trait <c>Run=Alone</c>: .ci/run runs them on their own, after the Core tests and the
/// other browser tests, which run at the same time as each other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser, timed, alone";

    /// <summary>The trait's name and value that mark the classes of this collection, for <c>dotnet test --filter</c>.</summary>
    public const string Run = "Run";

    /// <inheritdoc cref="Run"/>
    public const string Alone = "Alone";
}
