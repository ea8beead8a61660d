using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Markdown;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Tests.Stages;

public sealed class ContentRendererTests
{
    private static (MarkdownContent Content, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var settings = new SiteSettings("T", "D", "https://example.org/sub/", "en", "P", "Dis", "https://example.org/sub/");
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Shared);
        var pages = new Dictionary<string, string>
        {
            ["sections/01-one.md"] = "one/",
            ["sections/02-two.md"] = "two/",
            ["exercises/bird-dog.yml"] = "exercises/bird-dog/",
        };
        var renderer = new ContentRenderer(new SiteUrls(settings), pages, new HashSet<string> { "a.svg" });
        var content = renderer.Render(document, new SourceFile("input/sections/01-one.md", "sections/01-one.md", markdown), 7);
        var anchors = new Dictionary<string, IReadOnlySet<string>>
        {
            ["sections/01-one.md"] = content.HeadingIds,
            ["sections/02-two.md"] = new HashSet<string> { "deep-dive" },
        };
        var bag = new DiagnosticBag();
        bag.AddRange(CrossPageLinks.Problems(content, new LinkTargets(new HashSet<string> { "checklist/" }, anchors)));
        return (content, bag.ToSortedList());
    }

    [Fact]
    public void Turns_source_path_links_into_page_urls_under_the_base_path()
    {
        var (content, diagnostics) = Render("## Top\n\n[two](02-two.md#deep-dive) [dog](../exercises/bird-dog.yml#how-much) [list](/checklist/) [top](#top) ![A](../images/a.svg)\n");

        Assert.Empty(diagnostics);
        Assert.Contains("href=\"/sub/two/#deep-dive\"", content.Html.Value, StringComparison.Ordinal);
        Assert.Contains("href=\"/sub/exercises/bird-dog/#how-much\"", content.Html.Value, StringComparison.Ordinal);
        Assert.Contains("href=\"/sub/checklist/\"", content.Html.Value, StringComparison.Ordinal);
        Assert.Contains("href=\"#top\"", content.Html.Value, StringComparison.Ordinal);
        Assert.Contains("src=\"/sub/images/a.svg\"", content.Html.Value, StringComparison.Ordinal);
        Assert.Equal([new TocEntry("Top", "top")], content.Toc);
    }

    [Fact]
    public void Reports_missing_pages_and_anchors_at_their_line_in_the_file()
    {
        var (_, diagnostics) = Render("Text\n\n[x](02-two.md#nope) and [y](03-three.md)\n");

        Assert.Equal(["HB0303", "HB0304"], diagnostics.Select(d => d.Code).Order());
        Assert.All(diagnostics, d => Assert.Equal(10, d.Line));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "HB0402")]
    [InlineData("[x](vbscript:msgbox)", "HB0402")]
    [InlineData("[x](//evil.example/)", "HB0402")]
    [InlineData("<b>bold</b>", "HB0401")]
    [InlineData("<iframe src=x></iframe>", "HB0401")]
    [InlineData("::: warning\nx\n:::", "HB0403")]
    public void Refuses_unsafe_content(string markdown, string code)
    {
        var (_, diagnostics) = Render(markdown + "\n");

        Assert.Contains(diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Keeps_safe_external_links()
    {
        var (content, diagnostics) = Render("[nhs](https://www.nhs.uk/) [mail](mailto:a@b.org) <https://nice.org.uk>\n");

        Assert.Empty(diagnostics);
        Assert.Contains("href=\"https://www.nhs.uk/\"", content.Html.Value, StringComparison.Ordinal);
    }
}
