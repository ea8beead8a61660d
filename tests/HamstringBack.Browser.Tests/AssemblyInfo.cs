// Issue 13 (CI time): long test classes start first; see Support/LongestFirst.cs (shared with the Core tests).
[assembly: TestCollectionOrderer("HamstringBack.Core.Tests.Support.LongestFirstOrderer", "HamstringBack.Browser.Tests")]
