using AngleSharp.Html.Parser;
using HamstringBack.Core.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace HamstringBack.Core.Tests.Issue17;

/// <summary>
/// Issue 17: "Supine hamstring stretch" became "Lying towel hamstring stretch". Its old addresses keep working:
/// netlify.toml sends them on with a 301, and the build leaves a page at each that points to the new one.
/// </summary>
public sealed class RenamedExerciseTests(RealSite site) : IClassFixture<RealSite>
{
    private static readonly (string From, string To)[] Moves =
    [
        ("/exercises/supine-hamstring-stretch/", "/exercises/lying-towel-hamstring-stretch/"),
        ("/cards/supine-hamstring-stretch/", "/cards/lying-towel-hamstring-stretch/"),
    ];

    [Fact]
    public void Netlify_redirects_each_old_address_permanently_before_the_404_rule()
    {
        var toml = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")), HamstringBack.Cli.Serve.NetlifyToml.Default)!;
        var rules = ((TomlTableArray)toml["redirects"]).Select(r => (From: (string)r["from"], To: (string)r["to"], Status: (long)r["status"],
            Force: r.TryGetValue("force", out var force) && (bool)force)).ToList();

        foreach (var (from, to) in Moves)
        {
            var index = rules.FindIndex(r => r.From == from);
            Assert.True(index >= 0, $"no redirect from {from}");
            // force: the build writes a page at the old address, which would otherwise shadow the redirect.
            Assert.Equal((from, to, 301L, true), rules[index]);
            Assert.True(index < rules.FindIndex(r => r.From == "/*"), "the redirect must come before the 404 rule");
        }
    }

    [Fact]
    public void Every_former_id_in_the_input_has_its_netlify_redirects()
    {
        var toml = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        foreach (var exercise in site.Result.Model!.Exercises)
        {
            foreach (var former in exercise.FormerIds)
            {
                Assert.Contains($"from = \"/exercises/{former}/\"\n  to = \"/exercises/{exercise.Id}/\"", toml, StringComparison.Ordinal);
                Assert.Contains($"from = \"/cards/{former}/\"\n  to = \"/cards/{exercise.Id}/\"", toml, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_page_at_each_old_address_points_to_the_new_one_and_stays_out_of_search_and_the_sitemap()
    {
        foreach (var (from, to) in Moves)
        {
            var page = new HtmlParser().ParseDocument(site.Result.Text(from.TrimStart('/') + "index.html")!);
            Assert.Equal("0; url=" + to, page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
            Assert.Equal(to, page.QuerySelector("main a")?.GetAttribute("href"));
            Assert.Contains("Lying towel hamstring stretch", page.QuerySelector("main a")?.TextContent, StringComparison.Ordinal);
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            Assert.Equal("https://hamstringback.netlify.app" + to, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.DoesNotContain("supine", site.Result.Text("sitemap.xml"), StringComparison.Ordinal);
        }

        Assert.Equal("Lying towel hamstring stretch", new HtmlParser().ParseDocument(site.Result.Text("exercises/lying-towel-hamstring-stretch/index.html")!).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public void The_checklist_data_lists_the_former_id_so_ticks_saved_under_it_move_to_the_new_id()
    {
        var html = site.Result.Text("checklist/index.html")!;
        var json = new HtmlParser().ParseDocument(html).GetElementById("routine-data")!.TextContent;
        using var data = System.Text.Json.JsonDocument.Parse(json);
        var stretch = data.RootElement.GetProperty("exercises").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "lying-towel-hamstring-stretch");
        Assert.Equal(["supine-hamstring-stretch"], stretch.GetProperty("formerIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("  - supine-hamstring-stretch", "  - Supine_Stretch", "error HB0805: 'Supine_Stretch' is not a possible exercise id.")]
    [InlineData("  - supine-hamstring-stretch", "  - bird-dog", "error HB0806: 'bird-dog' is listed in former_ids but is also an exercise or a card page of its own.")]
    public void A_former_id_that_cannot_be_an_old_address_is_an_error_at_its_key(string find, string replace, string expected)
    {
        using var temp = new TempSite();
        temp.Edit("input/exercises/lying-towel-hamstring-stretch.yml", find, replace);

        var result = temp.Build();

        Assert.False(result.Succeeded);
        var line = Assert.Single(result.Diagnostics, d => d.IsError).ToString();
        Assert.StartsWith("input/exercises/lying-towel-hamstring-stretch.yml(", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }
}
