using HamstringBack.Core.Tests.Support;
using HamstringBack.Core.Write;

namespace HamstringBack.Core.Tests.Issue16;

/// <summary>
/// Issue 16 (CPU at 10,000 pages): a <c>partial</c> or <c>partial_each</c> whose value is written out as it is goes
/// to the page as the pieces its templates wrote, not copied into a string first, and template contexts are reused
/// from page to page. Neither may change a character: Scriban indents what is written at an indented line start.
/// </summary>
public sealed class RenderedPiecesTests
{
    private const string Box = "<div class=\"box\">\n  {{ partial \"inner\" }}\n  <ul>\n    {{ partial_each \"li\" [\"a\", \"b\"] }}\n  </ul>\n</div>\n";

    private const string Page =
        "<section id=\"direct\">\n  {{ partial \"box\" }}\n</section>\n" +
        "{{ kept = partial \"box\" }}<section id=\"value\">{{ kept | string.size }}\n  {{ kept }}\n</section>\n" +
        "<p id=\"each\">{{ partial_each \"li\" [\"c\"] | string.size }}</p>\n";

    /// <summary>The page as main rendered it (6a9cf44), before either change.</summary>
    private const string Expected =
        "<section id=\"direct\">\n" +
        "    <div class=\"box\">\n" +
        "        <p>one</p>\n" +
        "      <p>two</p>\n" +
        "    \n" +
        "      <ul>\n" +
        "        <li>a</li>\n" +
        "      <li>b</li>\n" +
        "    \n" +
        "      </ul>\n" +
        "    </div>\n" +
        "\n" +
        "</section>\n" +
        "<section id=\"value\">102\n" +
        "  <div class=\"box\">\n" +
        "      <p>one</p>\n" +
        "      <p>two</p>\n" +
        "  \n" +
        "    <ul>\n" +
        "      <li>a</li>\n" +
        "      <li>b</li>\n" +
        "  \n" +
        "    </ul>\n" +
        "  </div>\n" +
        "\n" +
        "</section>\n" +
        "<p id=\"each\">11</p>";

    [Fact]
    public void Issue_16_partials_written_as_they_are_at_indented_line_starts_give_the_same_text_as_before()
    {
        // Given a page writing nested partials and partial_each at indented line starts, and as values
        using var site = new TempSite().NamePeople();
        site.Write("theme/templates/partials/box.sbn", Box)
            .Write("theme/templates/partials/inner.sbn", "<p>one</p>\n<p>two</p>\n")
            .Write("theme/templates/partials/li.sbn", "<li>{{ item }}</li>\n")
            .Write("theme/templates/404.sbn", Page);
        var options = new BuildOptions(site.Input, site.Theme) { InputLabel = "input", ThemeLabel = "theme" };

        // When it is built in memory, and into an output folder (the page's body in pieces, contexts reused)
        var kept = new SiteBuilder().Build(options).Files.Single(f => f.Path == "404.html");
        var output = Path.Combine(site.Root, "output");
        Assert.True(new SiteBuilder().Build(options with { Output = new SiteOutput(output, "output") }).Succeeded);

        // Then both have the very text main rendered, indentation included
        var text = System.Text.Encoding.UTF8.GetString(kept.Content);
        var body = text[text.IndexOf("<section id=\"direct\">", StringComparison.Ordinal)..(text.IndexOf("</p>", text.IndexOf("<p id=\"each\">", StringComparison.Ordinal), StringComparison.Ordinal) + 4)];
        Assert.Equal(Expected, body);
        Assert.Equal(kept.Content, File.ReadAllBytes(Path.Combine(output, "404.html")));
    }
}
