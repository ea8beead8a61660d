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
    IReadOnlyList<SourceLink> Sources);
