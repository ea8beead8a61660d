using System.Reflection;

namespace HamstringBack.Browser.Tests;

/// <summary>Issue 13: no browser test can hold the run: each async test has <see cref="TestTimeout.Browser"/>.</summary>
public sealed class TimeoutGuardTests
{
    [Fact]
    public void Every_async_browser_test_has_the_browser_timeout()
    {
        var tests = typeof(TimeoutGuardTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Method: m, Fact: m.GetCustomAttribute<FactAttribute>()))
            .Where(x => x.Fact is not null && typeof(Task).IsAssignableFrom(x.Method.ReturnType))
            .ToList();

        Assert.True(tests.Count > 50, $"only {tests.Count} async tests found");
        var missing = tests.Where(x => x.Fact!.Timeout != TestTimeout.Browser).Select(x => $"{x.Method.DeclaringType!.Name}.{x.Method.Name}");
        Assert.Empty(missing);
    }
}
