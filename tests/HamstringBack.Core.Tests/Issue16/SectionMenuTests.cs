using AngleSharp.Html.Parser;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Issue16;

/// <summary>
/// Issue 16: the section menu is rendered with <c>partial_each</c>, each entry once per build and reused on every
/// page (a 10,000-page site rendered its menu of 100 groups and 100 pages on each page). Reuse must not change a
/// page: only the current page's link is marked, and a reused partial cannot see the page it is on.
/// </summary>
public sealed class SectionMenuTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Issue_16_the_menus_of_pages_in_one_group_differ_only_by_the_current_mark()
    {
        // Given the real site with a group of three pages and a page of its own; When it is built
        using var site = NestedSectionsTests.NestedSite();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // Then each page's menu marks its own link and only it, and is otherwise the group's one menu
        string[] group = ["back-pain/", "back-pain/sciatica/", "back-pain/disc/", "back-pain/posture/"];
        var menus = group.Select(path => Menu(result, path)).ToList();
        Assert.All(group.Zip(menus), p => Assert.Equal(["/" + p.First], p.Second.Current));
        Assert.Single(menus.Select(m => m.Unmarked).Distinct());

        // And the top-level pages share theirs, which does not open the group
        var flat = new[] { "hamstrings/", "stretching/" }.Select(path => Menu(result, path)).ToList();
        Assert.Equal([["/hamstrings/"], ["/stretching/"]], flat.Select(m => m.Current));
        Assert.Single(flat.Select(m => m.Unmarked).Distinct());
        Assert.DoesNotContain("/back-pain/disc/", flat[0].Unmarked, StringComparison.Ordinal);
        Assert.Contains("/back-pain/disc/", menus[0].Unmarked, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_16_a_partial_rendered_with_partial_each_cannot_see_the_page_and_says_where()
    {
        // Given a theme whose menu entry reads the page (it would be reused on other pages)
        using var site = NestedSectionsTests.NestedSite();
        site.Edit("theme/templates/partials/section-nav-child.sbn", "{{ item.title }}", "{{ page.title }}");

        var result = site.Build();

        // Then the build stops with a template error in that partial, at that line
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("HB0502", "theme/templates/partials/section-nav-child.sbn", 2), (error.Code, error.File, error.Line));
        Assert.Contains("page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_16_partial_each_renders_a_partial_for_each_element_in_order_escaped()
    {
        // Given a home page listing the menu's entries and a list the template makes, each with a partial
        using var site = NestedSectionsTests.NestedSite();
        site.Write("theme/templates/partials/name.sbn", "<i>{{ item.title }}</i>")
            .Edit("theme/templates/home.sbn", "  {{ partial \"review\" }}",
                "  <p id=\"names\">{{ partial_each \"name\" nav }}|{{ partial_each \"name\" [{title: \"<b>\"}, {title: \"2\"}] }}</p>\n  {{ partial \"review\" }}");

        var result = site.Build();

        // Then each list is rendered element by element, in order, what they write escaped
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = Parser.ParseDocument(result.Text("index.html")!);
        var titles = home.QuerySelectorAll(".guide-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(7, titles.Count);
        Assert.Equal(string.Concat(titles.Select(t => $"<i>{t}</i>")) + "|<i>&lt;b&gt;</i><i>2</i>", home.GetElementById("names")!.InnerHtml);
    }

    private static (List<string?> Current, string Unmarked) Menu(BuildResult result, string path)
    {
        var menu = Parser.ParseDocument(result.Text(path + "index.html") ?? throw new InvalidOperationException($"No page {path}")).QuerySelector(".section-nav")!;
        var current = menu.QuerySelectorAll("[aria-current=page]").Select(a => a.GetAttribute("href")).ToList();
        return (current, menu.OuterHtml.Replace(" aria-current=\"page\"", "", StringComparison.Ordinal));
    }
}
