using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Figures;
using HamstringBack.Core.Model;
using HamstringBack.Core.Schema;

namespace HamstringBack.Core.Load;

/// <summary>Reads one input/exercises/&lt;id&gt;.yml into an <see cref="Exercise"/>.</summary>
public static partial class ExerciseLoader
{
    /// <summary>Every key an exercise file may have, in the order messages list them (declared in <see cref="ExerciseSchema"/>).</summary>
    public static IReadOnlyList<string> Keys => ExerciseSchema.Exercise.Names;

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
        var keys = ExerciseSchema.Exercise;
        f.RejectUnknownKeys(keys);
        var name = f.Text(keys["name"]);
        var kind = f.Choice(keys["kind"], Kinds);
        var summary = f.Text(keys["summary"]) ?? string.Empty;
        var targets = f.TextList(keys["targets"]);
        var equipment = f.TextList(keys["equipment"]);
        var position = f.Text(keys["position"]) ?? string.Empty;
        var steps = f.TextList(keys["steps"]);
        var cues = f.TextList(keys["cues"]);
        var stopIf = f.TextList(keys["stop_if"]);
        var hold = f.Integer(keys["hold_seconds"]);
        var reps = f.Integer(keys["reps"]);
        var sets = f.Integer(keys["sets"]) ?? 1;
        var sides = f.Choice(keys["sides"], SideChoices);
        var perDay = f.Integer(keys["per_day"]) ?? 1;
        var when = f.Text(keys["when"]) ?? string.Empty;
        var image = f.Text(keys["image"]);
        var imageAlt = f.Text(keys["image_alt"]) ?? string.Empty;
        var section = f.Text(keys["section"]);
        var start = f.Text(keys["start"]) ?? string.Empty;
        var buildUp = f.Text(keys["build_up"]) ?? string.Empty;
        var easier = f.Text(keys["easier"]) ?? string.Empty;
        var formerIds = f.TextList(keys["former_ids"]);
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
