using Markdig;

namespace HamstringBack.Core.Markdown.ExerciseFacts;

/// <summary>Adds <see cref="ExerciseFactExtension"/> to a Markdig pipeline.</summary>
public static class ExerciseFactPipelineExtensions
{
    /// <summary>Reads <c>{{field exercise-id}}</c> inserts of exercise facts.</summary>
    public static MarkdownPipelineBuilder UseExerciseFacts(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ExerciseFactExtension>();
        return pipeline;
    }
}
