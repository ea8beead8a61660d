using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Figures;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Load;

/// <summary>Reads one input/exercises/&lt;id&gt;.yml into an <see cref="Exercise"/>.</summary>
public static partial class ExerciseLoader
{
    /// <summary>Every key an exercise file may have.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "name", "kind", "summary", "targets", "equipment", "position", "steps", "cues", "stop_if",
        "hold_seconds", "reps", "sets", "sides", "per_day", "when", "image", "image_alt", "section",
        "start", "build_up", "easier", "former_ids", "frames", "dose_range",
    ];

    private static readonly Dictionary<string, ExerciseKind> Kinds = new(StringComparer.Ordinal)
    {
        ["stretch"] = ExerciseKind.Stretch,
        ["dynamic-stretch"] = ExerciseKind.DynamicStretch,
        ["strength"] = ExerciseKind.Strength,
    };

    private static readonly Dictionary<string, Sides> SideChoices = new(StringComparer.Ordinal)
    {
        ["each"] = Sides.Each,
        ["both"] = Sides.Both,
        ["alternating"] = Sides.Alternating,
    };

    /// <summary>Parses the exercise; null if it has errors (all reported).</summary>
    public static Exercise? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var id = Path.GetFileNameWithoutExtension(file.RelativePath);
        if (!Slug().IsMatch(id))
        {
            diagnostics.Add(Errors.BadFileName(SourceLocation.WholeFile(file.Path), Path.GetFileName(file.RelativePath),
                "lower-case letters, digits and hyphens, like glute-bridge.yml"));
            return null;
        }

        if (YamlDocumentLoader.Load(file.Path, file.Text, 1, diagnostics) is not { } mapping)
        {
            return null;
        }

        var f = new YamlFields(mapping, file.Path, 1, diagnostics);
        f.RejectUnknownKeys(Keys);
        var name = f.Text("name", required: true, "the exercise's name");
        var kind = f.Choice("kind", required: true, Kinds);
        var summary = f.Text("summary", required: false) ?? string.Empty;
        var targets = f.TextList("targets", required: false, 0, 10, string.Empty);
        var equipment = f.TextList("equipment", required: false, 0, 10, string.Empty);
        var position = f.Text("position", required: false) ?? string.Empty;
        var steps = f.TextList("steps", required: true, 3, 6, "a list of 3 to 6 short steps");
        var cues = f.TextList("cues", required: false, 0, 5, string.Empty);
        var stopIf = f.TextList("stop_if", required: false, 0, 5, string.Empty);
        var hold = f.Integer("hold_seconds", required: false, 1, 600, string.Empty);
        var reps = f.Integer("reps", required: true, 1, 100, "how many times, like 2");
        var sets = f.Integer("sets", required: false, 1, 10, string.Empty) ?? 1;
        var sides = f.Choice("sides", required: true, SideChoices);
        var perDay = f.Integer("per_day", required: false, 1, 6, string.Empty) ?? 1;
        var when = f.Text("when", required: false) ?? string.Empty;
        var image = f.Text("image", required: false);
        var imageAlt = f.Text("image_alt", required: false) ?? string.Empty;
        var section = f.Text("section", required: false);
        var start = f.Text("start", required: false) ?? string.Empty;
        var buildUp = f.Text("build_up", required: false) ?? string.Empty;
        var easier = f.Text("easier", required: false) ?? string.Empty;
        var formerIds = f.TextList("former_ids", required: false, 0, 10, string.Empty);
        foreach (var former in formerIds.Where(x => !Slug().IsMatch(x)))
        {
            f.Report(Errors.BadFormerId(f.LocationOf("former_ids"), former));
        }

        var doseRange = DoseRangeLoader.Load(f, sets, reps, hold, perDay);
        var frames = FrameLoader.Load(f, steps.Count == 0 ? 6 : steps.Count);
        if (frames.Count > 0 && image is not null)
        {
            f.Report(Errors.FramesAndImage(f.LocationOf("image")));
        }

        if (image is not null && !ImageName().IsMatch(image))
        {
            f.Report(Errors.BadImagePath(f.LocationOf("image"), image));
        }

        if (f.Failed || name is null || kind is null || reps is null || sides is null)
        {
            return null;
        }

        return new Exercise(id, file.Path, name, kind.Value, summary, targets, equipment, position, steps, cues, stopIf,
            hold, reps.Value, sets, sides.Value, perDay, when, image, imageAlt, section, f.KeyLocations())
        {
            Start = start,
            BuildUp = buildUp,
            Easier = easier,
            FormerIds = formerIds,
            Frames = frames,
            DoseRange = doseRange,
        };
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*\.(svg|png|jpg|jpeg|webp)$")]
    private static partial Regex ImageName();
}
