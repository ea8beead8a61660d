using HamstringBack.Core.Model;

namespace HamstringBack.Core.Render.Views;

/// <summary>An exercise as templates see it: its facts plus ready-made phrases (dose, frequency) and URLs.</summary>
/// <param name="Review">The review dates of its section, else of the home page.</param>
/// <param name="Sources">The sources of its section, else of the home page.</param>
public sealed record ExerciseView(
    string Id,
    string Name,
    string Kind,
    string KindLabel,
    string Summary,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Equipment,
    string Position,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Cues,
    string KeyCue,
    IReadOnlyList<string> StopIf,
    int HoldSeconds,
    int Reps,
    int Sets,
    string Sides,
    int PerDay,
    string When,
    string Dose,
    string Frequency,
    string ImageUrl,
    string ImageAlt,
    string Url,
    string AbsoluteUrl,
    string CardUrl,
    NavLink? Section,
    ReviewDates Review,
    IReadOnlyList<SourceLink> Sources)
{
    /// <summary>How to begin (key <c>start</c>); empty when not given.</summary>
    public string Start { get; init; } = string.Empty;

    /// <summary>How to build up (key <c>build_up</c>); empty when not given.</summary>
    public string BuildUp { get; init; } = string.Empty;

    /// <summary>How to make it easier (key <c>easier</c>); empty when not given.</summary>
    public string Easier { get; init; } = string.Empty;

    /// <summary>Ids the exercise had before, whose saved checklist ticks move to it.</summary>
    public IReadOnlyList<string> FormerIds { get; init; } = [];

    /// <summary>The credits of its section, else of the home page.</summary>
    public Credits Credits { get; init; } = Credits.None;

    /// <summary>How far a clinician's programme may change the dose (issue 20); null: not at all.</summary>
    public DoseRange? DoseRange { get; init; }

    /// <summary>The pictures drawn from the exercise's frames, one per key step (empty when it has none).</summary>
    public IReadOnlyList<FrameView> Frames { get; init; } = [];

    /// <summary>"wide" (lying, kneeling: stacked on cards) or "tall" (standing: side by side); empty without frames.</summary>
    public string FramesShape { get; init; } = string.Empty;

    /// <summary>Links to the pictures of the first and last frame as files of their own; empty without frames.</summary>
    public (string Start, string End) FramePictureUrls { get; init; } = (string.Empty, string.Empty);

    /// <summary>The absolute address of the page's link-preview picture, or empty.</summary>
    public string OpenGraphImage { get; init; } = string.Empty;
}
