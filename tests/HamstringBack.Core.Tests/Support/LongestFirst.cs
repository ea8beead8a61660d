using System.Reflection;
using Xunit.Abstractions;

namespace HamstringBack.Core.Tests.Support;

/// <summary>
/// Marks a test class that takes much longer than the others (a compile, a sweep of every page), so it starts
/// first: with two cores and a few tests running side by side, a long class that starts last keeps the whole run
/// waiting on it alone (issue 13: CI time). The higher <see cref="Minutes"/>, the earlier it starts.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class LongRunningAttribute(double minutes) : Attribute
{
    public double Minutes { get; } = minutes;
}

/// <summary>
/// Starts the test classes marked <see cref="LongRunningAttribute"/> first, longest first, then the rest in a
/// fixed order (by name), so a run's shape is the same each time. Each test project names it in its
/// AssemblyInfo.cs (<c>[assembly: TestCollectionOrderer(...)]</c>).
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderByDescending(Minutes).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    /// <summary>The declared minutes of a class's own collection ("Test collection for Namespace.Class"); 0 if none.</summary>
    private static double Minutes(ITestCollection collection)
    {
        const string prefix = "Test collection for ";
        if (collection.CollectionDefinition is not null || !collection.DisplayName.StartsWith(prefix, StringComparison.Ordinal))
        {
            return 0;
        }

        var type = collection.TestAssembly.Assembly.GetType(collection.DisplayName[prefix.Length..]);
        return (type as IReflectionTypeInfo)?.Type.GetCustomAttribute<LongRunningAttribute>()?.Minutes ?? 0;
    }
}
