namespace HamstringBack.Browser.Tests;

/// <summary>
/// The browser tests that time the machine (the preview's reload time): they run after all the others, one at a time,
/// with nothing beside them (issue 13: the other classes run side by side). Lighthouse, which times the page's work
/// too, runs beside the others at a higher CPU priority instead (<see cref="LighthouseBatch.Priority"/>).
/// Each class in it also has the trait <c>Run=Alone</c>, so they can be left out while you work
/// (<c>dotnet test --filter "Run!=Alone"</c>) or run on their own (<c>--filter "Run=Alone"</c>).
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
