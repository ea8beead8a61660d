using HamstringBack.Core.Load;

namespace HamstringBack.Core.Tests.Stages;

public sealed class NameSuggesterTests
{
    [Theory]
    [InlineData("hold_secs", "hold_seconds")]
    [InlineData("stop-if", "stop_if")]
    [InlineData("Reps", "reps")]
    [InlineData("colour", null)]
    public void Suggests_the_nearest_known_key_or_nothing(string typed, string? expected)
    {
        Assert.Equal(expected, NameSuggester.Nearest(typed, ["name", "reps", "hold_seconds", "stop_if", "sides"]));
    }
}
