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
        f.RejectUnknownKeys(ExerciseSchema.Exercise);
        var about = About.Read(f);
        var dose = Dose.Read(f);
        var extras = Extras.Read(f);
        var doseRange = DoseRangeLoader.Load(f, dose.Sets, dose.Reps, dose.Hold, dose.PerDay);
        var frames = FrameLoader.Load(f, about.Steps.Count == 0 ? 6 : about.Steps.Count);
        CheckImage(f, frames, extras.Image);
        if (f.Failed || about.Name is null || about.Kind is null || dose.Reps is null || dose.Sides is null)
        {
            return null;
        }

        return new Exercise(id, file.Path, about.Name, about.Kind.Value, about.Summary, about.Targets, about.Equipment, about.Position,
            about.Steps, about.Cues, about.StopIf, dose.Hold, dose.Reps.Value, dose.Sets, dose.Sides.Value, dose.PerDay, dose.When,
            extras.Image, extras.ImageAlt, extras.Section, f.KeyLocations())
        {
            Start = extras.Start,
            BuildUp = extras.BuildUp,
            Easier = extras.Easier,
            FormerIds = extras.FormerIds,
            Frames = frames,
            DoseRange = doseRange,
        };
    }

    /// <summary>A drawn exercise has no picture file; a picture file is named like one.</summary>
    private static void CheckImage(YamlFields f, IReadOnlyList<Frame> frames, string? image)
    {
        if (frames.Count > 0 && image is not null)
        {
            f.Report(Errors.FramesAndImage(f.LocationOf("image")));
        }

        if (image is not null && !ImageName().IsMatch(image))
        {
            f.Report(Errors.BadImagePath(f.LocationOf("image"), image));
        }
    }

    /// <summary>What the exercise is and how to do it.</summary>
    private sealed record About(string? Name, ExerciseKind? Kind, string Summary, IReadOnlyList<string> Targets,
        IReadOnlyList<string> Equipment, string Position, IReadOnlyList<string> Steps, IReadOnlyList<string> Cues, IReadOnlyList<string> StopIf)
    {
        public static About Read(YamlFields f)
        {
            var keys = ExerciseSchema.Exercise;
            return new About(f.Text(keys["name"]), f.Choice(keys["kind"], Kinds), f.Text(keys["summary"]) ?? string.Empty,
                f.TextList(keys["targets"]), f.TextList(keys["equipment"]), f.Text(keys["position"]) ?? string.Empty,
                f.TextList(keys["steps"]), f.TextList(keys["cues"]), f.TextList(keys["stop_if"]));
        }
    }

    /// <summary>How much and how often.</summary>
    private sealed record Dose(int? Hold, int? Reps, int Sets, Sides? Sides, int PerDay, string When)
    {
        public static Dose Read(YamlFields f)
        {
            var keys = ExerciseSchema.Exercise;
            return new Dose(f.Integer(keys["hold_seconds"]), f.Integer(keys["reps"]), f.Integer(keys["sets"]) ?? 1,
                f.Choice(keys["sides"], SideChoices), f.Integer(keys["per_day"]) ?? 1, f.Text(keys["when"]) ?? string.Empty);
        }
    }

    /// <summary>The picture, the section, the steps up and down, and the ids the exercise had before.</summary>
    private sealed record Extras(string? Image, string ImageAlt, string? Section, string Start, string BuildUp, string Easier,
        IReadOnlyList<string> FormerIds)
    {
        public static Extras Read(YamlFields f)
        {
            var keys = ExerciseSchema.Exercise;
            var extras = new Extras(f.Text(keys["image"]), f.Text(keys["image_alt"]) ?? string.Empty, f.Text(keys["section"]),
                f.Text(keys["start"]) ?? string.Empty, f.Text(keys["build_up"]) ?? string.Empty, f.Text(keys["easier"]) ?? string.Empty,
                f.TextList(keys["former_ids"]));
            foreach (var former in extras.FormerIds.Where(x => !Slug().IsMatch(x)))
            {
                f.Report(Errors.BadFormerId(f.LocationOf("former_ids"), former));
            }

            return extras;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*\.(svg|png|jpg|jpeg|webp)$")]
    private static partial Regex ImageName();
}
