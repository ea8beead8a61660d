using System.Reflection;

namespace HamstringBack.Browser.Tests;

/// <summary>
/// Issue 13: the timed classes (<see cref="BrowserCollection"/>) carry a trait, so a filter can run them on their own
/// or leave them out; a class put in the collection without the trait would be missed by such a filter.
/// </summary>
public sealed class AloneTraitTests
{
    [Fact]
    public void Every_class_of_the_timed_collection_has_the_trait_that_runs_it_alone_and_no_other_class_has_it()
    {
        var classes = typeof(AloneTraitTests).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any())).ToList();
        bool InCollection(Type t) => t.GetCustomAttribute<CollectionAttribute>() is not null
            && t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(CollectionAttribute) && (string?)a.ConstructorArguments[0].Value == BrowserCollection.Name);
        bool Alone(Type t) => t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TraitAttribute)
            && (string?)a.ConstructorArguments[0].Value == BrowserCollection.Run && (string?)a.ConstructorArguments[1].Value == BrowserCollection.Alone);

        var timed = classes.Where(InCollection).Select(t => t.Name).Order().ToList();
        Assert.NotEmpty(timed);
        Assert.Equal(timed, classes.Where(Alone).Select(t => t.Name).Order().ToList());
    }
}
