using System.Text.Json;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>Issue 6: what search engines and link previews read: titles, descriptions, canonical URLs, Open Graph, sitemap, JSON-LD.</summary>
public sealed class SearchEngineTests(RealSite site) : IClassFixture<RealSite>
{
    private const string Base = "https://hamstringback.netlify.app/";

    // Pages left at a renamed exercise's old address (issue 17) point search engines to the new page: noindex,
    // canonical to the new address (RenamedExerciseTests), so they are not pages of their own here.
    private IEnumerable<string> Pages => site.HtmlPaths.Where(p => p != "404.html" && site.Page(p).QuerySelector("meta[http-equiv=refresh]") is null);

    [Fact]
    public void Every_page_has_a_unique_title_and_description_a_canonical_URL_and_Open_Graph_tags()
    {
        var titles = new Dictionary<string, string>();
        var descriptions = new Dictionary<string, string>();
        foreach (var path in Pages)
        {
            var page = site.Page(path);
            var url = Base + (path == "index.html" ? string.Empty : path[..^"index.html".Length]);
            var title = page.Title!;
            var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;

            Assert.True(titles.TryAdd(title, path), $"{path} has the same title as {titles.GetValueOrDefault(title)}: {title}");
            Assert.True(descriptions.TryAdd(description, path), $"{path} has the same description as {descriptions.GetValueOrDefault(description)}");
            Assert.True(description.Length is >= 40 and <= 200, $"{path}: a description of {description.Length} characters");
            Assert.Equal(url, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(url, page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
            foreach (var property in new[] { "og:type", "og:title", "og:description", "og:site_name", "og:locale" })
            {
                Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")), $"{path}: no {property}");
            }
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_the_404_and_search_pages_which_search_engines_are_told_to_skip()
    {
        var sitemap = site.Result.Text("sitemap.xml")!;
        var listed = System.Xml.Linq.XDocument.Parse(sitemap).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

        var expected = Pages.Where(p => p != "search/index.html")
            .Select(p => Base + (p == "index.html" ? string.Empty : p[..^"index.html".Length])).Order(StringComparer.Ordinal);
        Assert.Equal(expected, listed.Order(StringComparer.Ordinal));
        Assert.Contains(Base + "cards/glute-bridge/", listed);
        Assert.Equal("noindex", site.Page("search/index.html").QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(site.Page("stretching/index.html").QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public void Content_pages_describe_themselves_as_a_reviewed_MedicalWebPage_for_patients()
    {
        foreach (var path in new[] { "index.html", "stretching/index.html", "about/index.html", "exercises/index.html", "exercises/bird-dog/index.html" })
        {
            using var json = JsonLd(path);
            var page = json.RootElement;

            Assert.Equal("https://schema.org", page.GetProperty("@context").GetString());
            Assert.Equal("MedicalWebPage", page.GetProperty("@type").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", page.GetProperty("lastReviewed").GetString()!);
            Assert.Equal("Patient", page.GetProperty("audience").GetProperty("audienceType").GetString());
            Assert.Equal("Organization", page.GetProperty("publisher").GetProperty("@type").GetString());
            Assert.StartsWith(Base, page.GetProperty("url").GetString(), StringComparison.Ordinal);

            // Issue 17: who wrote and reviewed it, and when it was first published.
            Assert.Equal("Person", page.GetProperty("author")[0].GetProperty("@type").GetString());
            Assert.Equal("physiotherapist", page.GetProperty("reviewedBy").GetProperty("jobTitle").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", page.GetProperty("datePublished").GetString()!);
        }
    }

    [Fact]
    public void An_exercise_page_carries_its_ExercisePlan_with_type_repetitions_and_frequency()
    {
        using var json = JsonLd("exercises/glute-bridge/index.html");
        var plan = json.RootElement.GetProperty("mainEntity");

        Assert.Equal("ExercisePlan", plan.GetProperty("@type").GetString());
        Assert.Equal("Glute bridge", plan.GetProperty("name").GetString());
        Assert.Equal("Strengthening", plan.GetProperty("exerciseType").GetString());
        Assert.Equal(10, plan.GetProperty("repetitions").GetInt32());
        Assert.StartsWith("Once a day", plan.GetProperty("activityFrequency").GetString(), StringComparison.Ordinal);
        Assert.Equal("PT3S", plan.GetProperty("activityDuration").GetString());
        Assert.Equal(Base + "og/glute-bridge.svg", plan.GetProperty("image").GetString());
        Assert.Contains(plan.GetProperty("associatedAnatomy").EnumerateArray(), a => a.GetProperty("name").GetString() == "Tummy and back muscles");
    }

    [Fact]
    public void A_title_that_could_close_the_script_element_stays_inside_the_JSON()
    {
        using var temp = new TempSite();
        var file = Path.Combine(temp.Input, "exercises", "bird-dog.yml");
        temp.Write("input/exercises/bird-dog.yml", File.ReadAllText(file).Replace("name: Bird-dog", "name: \"Bird-dog </script><b>\""));

        var html = temp.Build().Text("exercises/bird-dog/index.html")!;

        Assert.DoesNotContain("</script><b>", html, StringComparison.Ordinal);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Bird-dog </script><b>", json.RootElement.GetProperty("mainEntity").GetProperty("name").GetString());
    }

    private JsonDocument JsonLd(string path)
    {
        var scripts = site.Page(path).QuerySelectorAll("script[type='application/ld+json']");
        return JsonDocument.Parse(Assert.Single(scripts).TextContent);
    }
}
