using HamstringBack.Core.Figures;

namespace HamstringBack.Core.Schema;

/// <summary>The keys of input/exercises/&lt;id&gt;.yml and of its frames.</summary>
public static class ExerciseSchema
{
    /// <summary>The parts of an exercise's dose a clinician's programme may change (issue 20), each within its own key's limits.</summary>
    public static KeySchema DoseRange { get; } = new("dose_range", "Dose range", "How far each part of the dose may go, as [lowest, highest].",
    [
        new("sets", new KeyType.IntegerPair(1, 10), false, "Sets per side and session.", "[1, 3]"),
        new("reps", new KeyType.IntegerPair(1, 100), false, "Repetitions or holds in a set.", "[5, 15]") { Label = "Repetitions" },
        new("hold_seconds", new KeyType.IntegerPair(1, 600), false, "Seconds each hold lasts (only for an exercise with hold_seconds).", "[15, 45]") { Label = "Hold (seconds)" },
        new("per_day", new KeyType.IntegerPair(1, 6), false, "Sessions a day.", "[1, 2]") { Label = "Sessions a day" },
    ]);

    /// <summary>A frame's motion arrow.</summary>
    public static KeySchema Arrow { get; } = new("arrow", "Motion arrow", "A motion arrow beside a body point.",
    [
        new("at", new KeyType.Choice(Body.PointNames), true, "The body point the arrow is drawn beside.", "hip") { Label = "Body point", Hint = "a body point, like hip" },
        new("way", new KeyType.Choice([.. FrameArrow.Ways.Keys]), true, "The way the arrow points.", "up") { Label = "Direction", Hint = string.Join(", ", FrameArrow.Ways.Keys) },
    ]);

    /// <summary>A frame's joint angles, each in the range a person's joint can reach.</summary>
    public static KeySchema Angles { get; } = new("angles", "Joint angles",
        "Bends towards the front of the body from standing to attention (0), in degrees.",
        [.. Joints.Keys.Select(Angle)]);

    /// <summary>One picture of a key step, drawn from a base pose.</summary>
    public static KeySchema Frame { get; } = new("frame", "Frame", "One picture of a key step: a person in a base pose, bent at the joints named.",
    [
        new("step", new KeyType.Integer(1, 6), true, "The step this frame shows, from 1 to the number of steps.", "1") { Hint = "the step this frame shows, like 1" },
        new("label", new KeyType.Text(), false, "A short caption.", "Start"),
        new("alt", new KeyType.Text(), true, "What the picture shows, for people who cannot see it.", "Lying on the back with both knees bent.")
            { Label = "Picture description", Hint = "what the picture shows, for people who cannot see it" },
        new("pose", new KeyType.Choice([.. BasePose.All.Keys]), true, "The base pose it bends from.", "lying-on-back") { Label = "Base pose", Hint = string.Join(", ", BasePose.All.Keys) },
        new("angles", new KeyType.Object(Angles), false, "Joint angles in degrees; joints not named keep the base pose's angle.", "{ hips: 50, knees: 115 }") { Label = "Joint angles" },
        new("props", new KeyType.TextList(0, 12, Figures.Frame.PropNames), false, "Things drawn with the person.", "[mat]") { Label = "Things drawn" },
        new("contacts", new KeyType.TextList(0, 12, PoseChecker.ContactNames), false, "Body parts that rest on the floor (checked).", "[head, back, feet]") { Label = "Resting on the floor" },
        new("arrows", new KeyType.ObjectList(Arrow), false, "Motion arrows, each at a body point with a way.", "[{ at: hip, way: up }]") { Label = "Motion arrows" },
        new("guide", new KeyType.TextList(0, 12, Body.PointNames), false, "Two or more body points for a dashed straight line.", "[shoulder, hip, knee-right]") { Label = "Guide line through" },
    ]);

    /// <summary>input/exercises/&lt;id&gt;.yml.</summary>
    public static KeySchema Exercise { get; } = new("exercise", "Exercise", "One exercise: input/exercises/<id>.yml, published at /exercises/<id>/.",
    [
        new("name", new KeyType.Text(), true, "The exercise's name, as shown on its page and its card.", "Glute bridge") { Hint = "the exercise's name" },
        new("kind", new KeyType.Choice(["stretch", "dynamic-stretch", "strength"]), true,
            "What sort of exercise it is; a dynamic-stretch is a stretch done while moving.", "stretch") { Label = "Kind of exercise" },
        new("summary", new KeyType.Text(), false, "One sentence: what the exercise does and why it helps.", "Strengthens your buttock muscles.")
            { StarterValue = "Write one sentence about what this exercise does and why it helps." },
        new("targets", new KeyType.TextList(0, 10), false, "The muscles it works, one per line.", "[Hamstrings]") { Label = "Muscles worked" },
        new("equipment", new KeyType.TextList(0, 10), false, "What the reader needs, one per line; [] when nothing is needed.", "[A towel]")
            { StarterValue = "[]" },
        new("position", new KeyType.Text(), false, "The starting position.", "Lying on your back") { Label = "Starting position" },
        new("steps", new KeyType.TextList(3, 6), true, "Short steps, in order, one per line.",
            "[Lie on your back., Loop a towel around one foot., Straighten that leg towards the ceiling.]")
            { Hint = "a list of 3 to 6 short steps", StarterValue = "[Write the first step., Write the second step., Write the third step.]" },
        new("cues", new KeyType.TextList(0, 5), false, "Tips, one per line; the first is the key cue printed on the card.", "[Keep your back flat on the floor.]")
            { Label = "Tips", StarterValue = "[Write the most important tip.]" },
        new("stop_if", new KeyType.TextList(0, 5), false, "What finishes the sentence \"Stop if …\", one per line.",
            "[you feel sharp or increasing pain, \"you feel pain, tingling or numbness going down your leg\"]") { Label = "Stop if …" },
        new("hold_seconds", new KeyType.Integer(1, 600), false, "Seconds to hold each time; leave it out for exercises that keep moving.", "30") { Label = "Hold (seconds)" },
        new("reps", new KeyType.Integer(1, 100), true, "How many times; per side when sides is each or alternating.", "2") { Label = "Repetitions", Hint = "how many times, like 2" },
        new("sets", new KeyType.Integer(1, 10), false, "Sets of those reps (or holds), per side and session; each set is one tick on the daily checklist.", "1") { Default = "1" },
        new("sides", new KeyType.Choice(["each", "both", "alternating"]), true,
            "each: one side, then the other; both: both sides together; alternating: left and right in turn.", "each"),
        new("per_day", new KeyType.Integer(1, 6), false, "Sessions a day.", "1") { Label = "Sessions a day", Default = "1" },
        new("when", new KeyType.Text(), false, "When to do it.", "Once a day") { Label = "When to do it" },
        new("image", new KeyType.Text(@"^[A-Za-z0-9][A-Za-z0-9_-]*\.(svg|png|jpg|jpeg|webp)$"), false,
            "For an exercise without frames: a drawing's file name in input/images/.", "glute-bridge.svg") { Label = "Picture file", Starter = StarterLine.CommentedOut },
        new("image_alt", new KeyType.Text(), false, "What the image shows, for people who cannot see it (needed with image).",
            "A person lying on their back, ...") { Label = "Picture description", Starter = StarterLine.CommentedOut },
        new("section", new KeyType.Text(), false, "The section it belongs to: the section's file name without its number and .md.", "stretching")
            { Starter = StarterLine.CommentedOut },
        new("start", new KeyType.Text(), false, "How to begin, one sentence (page, card and {{start id}}).", "Begin with 3 on each side.")
            { Label = "How to begin", Starter = StarterLine.CommentedOut },
        new("build_up", new KeyType.Text(), false, "How to build up to the full dose, one sentence.", "Add 1 each day until you can do the full dose.")
            { Label = "How to build up", Starter = StarterLine.CommentedOut },
        new("easier", new KeyType.Text(), false, "How to make it easier, one sentence.", "Move only a short way.") { Label = "How to make it easier", Starter = StarterLine.CommentedOut },
        new("former_ids", new KeyType.TextList(0, 10), false, "Ids the exercise had before it was renamed (see \"Rename an exercise\").",
            "[supine-hamstring-stretch]") { Label = "Former ids", Starter = StarterLine.Left },
        new("frames", new KeyType.ObjectList(Frame, 2), false,
            "The pictures, two or more, one per key step (see \"Exercise pictures\"); not with image.",
            "[{ step: 1, pose: lying-on-back, alt: Lying on the back. }, { step: 3, pose: lying-on-back, angles: { hip-right: 90 }, alt: One leg raised. }]")
            { Label = "Pictures", Starter = StarterLine.Left },
        new("dose_range", new KeyType.Object(DoseRange), false,
            "How far a physiotherapist may change each part of the dose for one patient on /programme/ (see \"Dose range\"); a part left out cannot be changed.",
            "{ sets: [1, 3], reps: [5, 15] }") { Label = "Dose range for a programme", Starter = StarterLine.Left },
    ])
    {
        EditorLabel = "Exercises",
    };

    private static KeySpec Angle(string joint)
    {
        var (min, max) = Joints.Range(joint);
        var sides = Joints.Expand(joint);
        var help = sides.Count == 1 ? $"Degrees, {min} to {max}." : $"Degrees, {min} to {max}: sets {sides[0]} and {sides[1]}.";
        return new KeySpec(joint, new KeyType.Integer(min, max), false, help, Math.Clamp(0, min, max).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
