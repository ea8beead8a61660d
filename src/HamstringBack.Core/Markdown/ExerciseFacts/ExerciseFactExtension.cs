using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HamstringBack.Core.Markdown.ExerciseFacts;

/// <summary>
/// Lets a page insert an exercise's dose, stop rules or name from its YAML (<c>{{dose glute-bridge}}</c>), so the
/// text can never disagree with the exercise page and card. Parsing only: <see cref="ContentRenderer"/> puts the
/// text in (it knows the exercises) and reports unknown exercises and fields where they are written.
/// </summary>
public sealed class ExerciseFactExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<ExerciseFactParser>())
        {
            pipeline.InlineParsers.Add(new ExerciseFactParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<Renderer>())
        {
            html.ObjectRenderers.Add(new Renderer());
        }
    }

    /// <summary>An insert left in the tree (its problem already reported) is written as it was typed.</summary>
    private sealed class Renderer : HtmlObjectRenderer<ExerciseFactInline>
    {
        protected override void Write(HtmlRenderer renderer, ExerciseFactInline obj) => renderer.WriteEscape(obj.Written);
    }
}
