using Markdig;
using HamstringBack.Core.Markdown.ExerciseFacts;
using Markdig.Extensions.AutoIdentifiers;

namespace HamstringBack.Core.Markdown;

/// <summary>Builds the one Markdig pipeline the whole site uses (immutable and thread-safe, so built once).</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The shared pipeline: CommonMark, GitHub-style heading ids, pipe tables, ::: boxes, exercise-fact inserts, precise positions.</summary>
    public static MarkdownPipeline Shared { get; } = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseCustomContainers()
        .UseExerciseFacts()
        .UsePreciseSourceLocation()
        .Build();
}
