namespace HamstringBack.Browser.Tests;

/// <summary>Browser tests share one Chromium and one site server.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
