using System.Text;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;
using HamstringBack.Core.Tests.Support;
using Markdig.Renderers;

namespace HamstringBack.Core.Tests.Issue16;

/// <summary>
/// Issue 16 (memory at 10,000 pages): every content page's rendered Markdown is held from parse to render, and every
/// page's JSON-LD from plan to render, as UTF-8 (half the size of a UTF-16 string); the pages show exactly the
/// HTML Markdig renders and the JSON the serializer writes.
/// </summary>
public sealed class HeldBodiesTests
{
    private const string Stretching = "input/sections/04-stretching.md";

    [Fact]
    public void Issue_16_each_pages_rendered_Markdown_is_held_as_UTF_8_and_the_page_shows_what_Markdig_renders()
    {
        // Given the real site, a body with two-, three- and four-byte characters, written and as entities
        using var site = new TempSite();
        site.Edit(Stretching, "## Before you start", "Café, 5 €, 😀 and &#x1F600; &eacute; &#8364;.\n\n## Before you start");

        // When it is built, keeping the syntax trees
        var result = new SiteBuilder().Build(new BuildOptions(site.Input, site.Theme) { KeepSyntaxTrees = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // Then every content page's HTML is held as UTF-8, is what Markdig renders of its tree, and is on its page
        foreach (var section in result.Model!.ContentPages)
        {
            Assert.True(section.Content.Html.HeldAsUtf8, section.RelativePath);
            Assert.Equal(Markdig(section.Syntax!), section.Content.Html.Value);
            // (the templates write it at an indented line start, so Scriban indents each of its lines)
            var indented = "  " + section.Content.Html.Value.TrimEnd('\n').Replace("\n", "\n  ", StringComparison.Ordinal);
            Assert.Contains(indented, result.Text(SiteUrls.Section(section) + "index.html"), StringComparison.Ordinal);
        }

        Assert.Contains("<p>Café, 5 €, 😀 and 😀 é €.</p>", result.Text("stretching/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_16_every_planned_page_holds_its_section_body_and_its_JSON_LD_as_UTF_8()
    {
        // Given the real site's model
        using var site = new TempSite();
        var result = site.Build();
        var model = result.Model!;
        var urls = new SiteUrls(model.Settings);
        var strings = ThemeLoader.Load(site.Theme, "theme", new DiagnosticBag())!.Strings;
        var exercises = model.Exercises.Select(e => ExerciseViewFactory.Create(e, model, urls, new ExerciseWords(strings))).ToList();

        // When its pages are planned
        var plans = new PagePlanner(model, urls, strings).Plan(exercises);

        // Then a content page's body is its section's HTML itself, not a copy; every JSON-LD is UTF-8, and on its page
        foreach (var section in model.ContentPages)
        {
            Assert.Same(section.Content.Html, plans.Single(p => p.Page.Path == SiteUrls.Section(section)).Page.Body);
        }

        foreach (var plan in plans.Where(p => p.Page.JsonLd.Value.Length > 0))
        {
            Assert.True(plan.Page.JsonLd.HeldAsUtf8, plan.OutputPath);
            Assert.Contains($">{plan.Page.JsonLd.Value}</script>", result.Text(plan.OutputPath), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Issue_16_HTML_with_a_surrogate_pair_across_chunks_is_UTF_8_and_with_a_lone_surrogate_stays_a_string()
    {
        // Given HTML whose builder holds a surrogate pair's halves in two chunks, and HTML with a lone surrogate
        var split = new StringBuilder(16).Append("<p>0123456789ab\uD83D").Append("\uDE00 é €</p>");
        var chunks = 0;
        foreach (var _ in split.GetChunks())
        {
            chunks++;
        }

        Assert.True(chunks > 1);
        var lone = new StringBuilder("<p>\uD800</p>");

        // When each is held
        var pair = RawHtml.Utf8(split);
        var kept = RawHtml.Utf8(lone);

        // Then the first is UTF-8 and the second a string, both giving back their text exactly; equal values are equal however held
        Assert.True(pair.HeldAsUtf8);
        Assert.Equal(split.ToString(), pair.Value);
        Assert.False(kept.HeldAsUtf8);
        Assert.Equal(lone.ToString(), kept.Value);
        Assert.Equal(new RawHtml(split.ToString()), pair);
        Assert.Equal(new RawHtml(split.ToString()).GetHashCode(), pair.GetHashCode());
        Assert.NotEqual(RawHtml.Utf8(new StringBuilder("<p>x</p>")), pair);
    }

    private static string Markdig(Markdig.Syntax.MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }
}
