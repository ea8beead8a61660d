using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Stages;

/// <summary>The dose and frequency phrases, in the words of the project's theme/strings.yml (issue 13: no reader text in C#).</summary>
public sealed class ExerciseViewFactoryTests
{
    private static readonly ExerciseWords Words = new(ThemeLoader.Load(Path.Combine(RepoPaths.Root, "theme"), "theme", new DiagnosticBag())!.Strings);

    private static Exercise Make(int? hold, int reps, Sides sides, int perDay = 1, string when = "", int sets = 1) =>
        new("x", "x.yml", "X", ExerciseKind.Stretch, string.Empty, [], [], string.Empty, ["a", "b", "c"], [], [], hold, reps, sets, sides, perDay, when, null, string.Empty, null,
            new Dictionary<string, SourceLocation>());

    [Theory]
    [InlineData(30, 2, Sides.Each, "Hold 30 seconds · 2 times each leg")]
    [InlineData(null, 8, Sides.Each, "8 times each leg")]
    [InlineData(3, 10, Sides.Both, "Hold 3 seconds · 10 times")]
    [InlineData(5, 6, Sides.Alternating, "Hold 5 seconds · 6 times each side, switching sides")]
    [InlineData(90, 1, Sides.Both, "Hold 1 minute 30 seconds · once")]
    public void Writes_the_dose_in_plain_words(int? hold, int reps, Sides sides, string expected)
    {
        Assert.Equal(expected, Words.Dose(Make(hold, reps, sides)));
    }

    [Theory]
    [InlineData(30, 2, Sides.Each, 3, "Hold 30 seconds · 3 sets of 2 times each leg")]
    [InlineData(null, 10, Sides.Both, 2, "2 sets of 10 times")]
    [InlineData(5, 1, Sides.Both, 4, "Hold 5 seconds · 4 sets of 1 time")]
    public void Says_how_many_sets_when_there_is_more_than_one_issue_14(int? hold, int reps, Sides sides, int sets, string expected)
    {
        Assert.Equal(expected, Words.Dose(Make(hold, reps, sides, sets: sets)));
    }

    [Theory]
    [InlineData(1, "", "Once a day")]
    [InlineData(2, "Morning and evening", "Twice a day · Morning and evening")]
    [InlineData(3, "", "3 times a day")]
    public void Writes_how_often(int perDay, string when, string expected)
    {
        Assert.Equal(expected, Words.Frequency(Make(30, 2, Sides.Each, perDay, when)));
    }
}
