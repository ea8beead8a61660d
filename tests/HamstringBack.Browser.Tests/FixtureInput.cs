namespace HamstringBack.Browser.Tests;

/// <summary>Input folders for fixture tests: a copy of the real input/ with files from Fixtures/&lt;case&gt;/ added.</summary>
public static class FixtureInput
{
    /// <summary>input/ plus Fixtures/fifth-exercise/ (an exercise and its image), with the exercise added to the routine.</summary>
    public static string WithFifthExercise(string parent)
    {
        var input = Path.Combine(parent, "input");
        Copy(RepoPaths.Input, input);
        Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fifth-exercise"), input);
        File.AppendAllText(Path.Combine(input, "routine.yml"), "  - knee-to-chest\n");
        return input;
    }

    /// <summary>Copies every file of <paramref name="from"/> into <paramref name="to"/>, replacing files already there.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
