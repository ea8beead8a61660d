using System.Reflection;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 13: the fast lane (<c>dotnet test --filter "Category!=Slow"</c>, under 2 minutes) runs no browser: every
/// class that drives Chromium through <see cref="BrowserFixture"/> is in the Slow category, which `.ci/run` runs.
/// A new browser class without the trait would put minutes back into the fast lane.
/// </summary>
public sealed class SlowTraitTests
{
    [Fact]
    public void Every_class_that_drives_the_browser_is_in_the_slow_category()
    {
        var browserClasses = typeof(SlowTraitTests).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any()))
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(BrowserFixture))))
            .ToList();
        bool Slow(Type t) => t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TraitAttribute)
            && (string?)a.ConstructorArguments[0].Value == "Category" && (string?)a.ConstructorArguments[1].Value == "Slow");

        Assert.True(browserClasses.Count >= 15, string.Join(", ", browserClasses.Select(t => t.Name)));
        Assert.Empty(browserClasses.Where(t => !Slow(t)).Select(t => t.Name));
    }
}
