using HamstringBack.Core.Assemble;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;

namespace HamstringBack.Browser.Tests;

/// <summary>What the cards of an input folder must show, read from its YAML (not from the built pages).</summary>
public sealed record ExpectedCards(IReadOnlyList<Exercise> Exercises, IReadOnlyList<string> RoutineNames, string ProductionBaseUrl)
{
    /// <summary>Parses and assembles <paramref name="input"/> (default: the real input/).</summary>
    public static ExpectedCards Load(string? input = null)
    {
        var diagnostics = new DiagnosticBag();
        var set = new InputReader(input ?? RepoPaths.Input, "input", diagnostics).Read();
        var model = SiteAssembler.Assemble(ContentParser.Parse(set, null, diagnostics), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        return new ExpectedCards(model.Exercises, model.RoutineExercises.Select(e => e.Name).ToList(), model.Settings.ProductionBaseUrl);
    }

    /// <summary>The live-site page a card's QR code must open.</summary>
    public string PrintUrl(Exercise exercise) => ProductionBaseUrl + SiteUrls.Exercise(exercise.Id);
}
