using System.Text.Json;
using AngleSharp.Html.Parser;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Issue17;

/// <summary>
/// Issue 17: pages name their author and clinical reviewer (with profession and registration body), when they were
/// first published and reviewed, in the byline and in JSON-LD; people not yet named are role placeholders that the
/// build flags until a real name is filled in.
/// </summary>
public sealed class PeopleTests
{
    [Fact]
    public void Unnamed_people_are_shown_as_roles_to_be_named_and_the_build_warns_where_they_are_listed()
    {
        using var site = new TempSite();

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["input/site.yml(14,5): warning HB0801: The person 'author' (health writer) has no name yet, so pages say \"to be named\". Add their real name with name: once they have agreed; never invent one.",
             "input/site.yml(16,5): warning HB0801: The person 'reviewer' (physiotherapist) has no name yet, so pages say \"to be named\". Add their real name with name: once they have agreed; never invent one."],
            result.Diagnostics.Select(d => d.ToString()));
        var byline = Byline(result.Text("stretching/index.html")!);
        Assert.Equal("Author: to be named (health writer) · Clinical reviewer: to be named (physiotherapist) · Published 20 November 2026 · Last reviewed 20 November 2026 · Next review due 20 November 2027", byline);
        var reviewer = JsonLd(result.Text("stretching/index.html")!).GetProperty("reviewedBy");
        Assert.False(reviewer.TryGetProperty("name", out _));
        Assert.Equal("physiotherapist", reviewer.GetProperty("jobTitle").GetString());
    }

    [Fact]
    public void A_named_reviewer_appears_with_profession_and_registration_in_the_byline_and_json_ld_of_pages_and_exercises()
    {
        // Given real names filled in
        using var site = new TempSite();
        site.Edit("input/site.yml", "  - id: author\n", "  - id: author\n    name: Ann Writer\n")
            .Edit("input/site.yml", "  - id: reviewer\n", "  - id: reviewer\n    name: Rob Reviewer\n");

        // When the site is built
        var result = site.Build();

        // Then no placeholder warning, and each page says who wrote and reviewed it
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        foreach (var path in new[] { "index.html", "strengthening/index.html", "about/index.html", "exercises/bird-dog/index.html" })
        {
            var html = result.Text(path)!;
            Assert.StartsWith("Written by Ann Writer (health writer) · Reviewed by Rob Reviewer (physiotherapist, registered with the Health and Care Professions Council (HCPC)) · Published 20 November 2026 · Last reviewed", Byline(html), StringComparison.Ordinal);
            var json = JsonLd(html);
            Assert.Equal("Ann Writer", json.GetProperty("author")[0].GetProperty("name").GetString());
            Assert.Equal("Rob Reviewer", json.GetProperty("reviewedBy").GetProperty("name").GetString());
            Assert.Equal("Health and Care Professions Council (HCPC)", json.GetProperty("reviewedBy").GetProperty("hasCredential").GetProperty("recognizedBy").GetProperty("name").GetString());
            Assert.Equal("2026-11-20", json.GetProperty("datePublished").GetString());
            Assert.Equal("2026-11-20", json.GetProperty("lastReviewed").GetString());
        }
    }

    [Fact]
    public void A_section_may_name_its_own_reviewer_and_an_unknown_one_is_an_error_at_its_key()
    {
        using var site = new TempSite();
        site.Edit("input/site.yml", "authors:", "  - id: gp\n    name: Gill Doctor\n    profession: GP\n    registration: General Medical Council (GMC)\nauthors:")
            .Edit("input/sections/03-recognising-the-pain.md", "published:", "reviewer: gp\npublished:");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Contains("Reviewed by Gill Doctor (GP, registered with the General Medical Council (GMC))", Byline(result.Text("recognising-the-pain/index.html")!), StringComparison.Ordinal);
        Assert.Contains("Clinical reviewer: to be named (physiotherapist)", Byline(result.Text("stretching/index.html")!), StringComparison.Ordinal);

        site.Edit("input/sections/03-recognising-the-pain.md", "reviewer: gp", "reviewer: doctor");
        var failed = site.Build();

        Assert.False(failed.Succeeded);
        Assert.Equal(
            "input/sections/03-recognising-the-pain.md(5,11): error HB0802: There is no person 'doctor' in the people of input/site.yml. Use one of: author, reviewer, gp, or add them to people.",
            Assert.Single(failed.Diagnostics, d => d.IsError).ToString());
    }

    [Fact]
    public void An_unknown_person_in_site_yml_is_an_error_at_its_key()
    {
        using var site = new TempSite();
        site.Edit("input/site.yml", "reviewer: reviewer", "reviewer: physio");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(
            "input/site.yml(21,11): error HB0802: There is no person 'physio' in the people of input/site.yml. Use one of: author, reviewer, or add them to people.",
            Assert.Single(result.Diagnostics, d => d.IsError).ToString());
    }

    private static string Byline(string html) =>
        string.Join(' ', (new HtmlParser().ParseDocument(html).QuerySelector(".byline")?.TextContent ?? string.Empty)
            .Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static JsonElement JsonLd(string html) =>
        JsonDocument.Parse(new HtmlParser().ParseDocument(html).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
}
