using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Render;

/// <summary>
/// The schema.org JSON-LD that search engines read: a MedicalWebPage (when it was last reviewed, by whom it is
/// published, for which audience) on every content page, and on an exercise page its ExercisePlan (type,
/// repetitions, how often, the muscles it works) as the page's main entity.
/// </summary>
/// <param name="strings">The theme's words (credential_category).</param>
public sealed class StructuredData(SiteSettings settings, SiteUrls urls, ThemeStrings strings)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>A content page: home, section, standalone page or the exercises index.</summary>
    /// <param name="credits">Who wrote and reviewed it (author, reviewedBy, datePublished); none for the exercises index.</param>
    /// <param name="breadcrumbs">The trail between the home page and this one (a page in a group: its group), as
    /// shown on the page; when there is one, the page gets a schema.org BreadcrumbList (issue 16).</param>
    public RawHtml Page(string title, string description, string path, ReviewDates review, Credits? credits = null,
        IReadOnlyList<NavLink>? breadcrumbs = null)
    {
        var page = MedicalWebPage(title, description, path, review, credits ?? Credits.None);
        if (breadcrumbs is { Count: > 0 })
        {
            page["breadcrumb"] = BreadcrumbList([new NavLink(settings.Title, urls.Link(string.Empty), false), .. breadcrumbs,
                new NavLink(title, urls.Link(path), true)]);
        }

        return Serialize(page);
    }

    /// <summary>An exercise page: the MedicalWebPage with the exercise's ExercisePlan as its main entity.</summary>
    public RawHtml Exercise(ExerciseView exercise, string description, string path)
    {
        var plan = new JsonObject
        {
            ["@type"] = "ExercisePlan",
            ["name"] = exercise.Name,
            ["description"] = description,
            ["url"] = urls.Absolute(path),
            ["exerciseType"] = exercise.KindLabel,
            ["repetitions"] = exercise.Reps,
            ["activityFrequency"] = exercise.Frequency,
            ["additionalVariable"] = exercise.Dose,
            ["audience"] = Audience(),
        };
        if (exercise.HoldSeconds > 0)
        {
            plan["activityDuration"] = $"PT{exercise.HoldSeconds}S";
        }

        if (exercise.Targets.Count > 0)
        {
            plan["associatedAnatomy"] = new JsonArray([.. exercise.Targets.Select(t => (JsonNode)new JsonObject { ["@type"] = "AnatomicalStructure", ["name"] = t })]);
        }

        if (exercise.ImageUrl.Length > 0)
        {
            plan["image"] = AbsoluteOf(exercise.ImageUrl);
        }
        else if (exercise.OpenGraphImage.Length > 0)
        {
            plan["image"] = exercise.OpenGraphImage;
        }

        var page = MedicalWebPage(exercise.Name, description, path, exercise.Review, exercise.Credits);
        page["mainEntity"] = plan;
        return Serialize(page);
    }

    private JsonObject MedicalWebPage(string title, string description, string path, ReviewDates review, Credits credits)
    {
        var page = BasePage(title, description, path, review);
        if (credits.Authors.Count > 0)
        {
            page["author"] = new JsonArray([.. credits.Authors.Select(a => (JsonNode)Person(a))]);
        }

        if (credits.Reviewer is { } reviewer)
        {
            page["reviewedBy"] = Person(reviewer);
        }

        if (credits.Published is not null)
        {
            page["datePublished"] = credits.PublishedIso;
        }

        return page;
    }

    /// <summary>A person; a role placeholder has no name yet, so only their profession is given.</summary>
    private JsonObject Person(Person person)
    {
        var json = new JsonObject { ["@type"] = "Person" };
        if (!person.IsPlaceholder)
        {
            json["name"] = person.Name;
        }

        json["jobTitle"] = person.Profession;
        if (person.Registration.Length > 0)
        {
            json["hasCredential"] = new JsonObject
            {
                ["@type"] = "EducationalOccupationalCredential",
                ["credentialCategory"] = strings["credential_category"],
                ["recognizedBy"] = new JsonObject { ["@type"] = "Organization", ["name"] = person.Registration },
            };
        }

        return json;
    }

    private JsonObject BasePage(string title, string description, string path, ReviewDates review) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "MedicalWebPage",
        ["name"] = title,
        ["description"] = description,
        ["url"] = urls.Absolute(path),
        ["inLanguage"] = settings.Language,
        ["lastReviewed"] = review.LastReviewedIso,
        ["audience"] = Audience(),
        ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = settings.Publisher },
    };

    private JsonObject BreadcrumbList(IReadOnlyList<NavLink> trail) => new()
    {
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = new JsonArray([.. trail.Select((link, i) => (JsonNode)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = link.Title,
            ["item"] = AbsoluteOf(link.Url),
        })]),
    };

    // The full address of a link within the site ("/back-pain/" → "https://example.org/back-pain/").
    private string AbsoluteOf(string link) => urls.Absolute(link[urls.Link(string.Empty).Length..]);

    private static JsonObject Audience() => new() { ["@type"] = "PeopleAudience", ["audienceType"] = "Patient" };

    /// <summary>
    /// The JSON as <c>ToJsonString</c> writes it (with <see cref="Options"/>, the writer's default settings), kept as
    /// the writer's UTF-8: every page's is held from plan to render (issue 16: memory at 10,000 pages).
    /// </summary>
    private static RawHtml Serialize(JsonObject data)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            data.WriteTo(writer, Options);
        }

        return RawHtml.Utf8(buffer.WrittenSpan);
    }
}
