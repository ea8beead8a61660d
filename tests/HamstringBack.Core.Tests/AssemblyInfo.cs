// Issue 13 (CI time): long test classes start first; see Support/LongestFirst.cs.
[assembly: TestCollectionOrderer("HamstringBack.Core.Tests.Support.LongestFirstOrderer", "HamstringBack.Core.Tests")]
