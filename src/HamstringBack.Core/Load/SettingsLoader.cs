using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Load;

/// <summary>Reads input/site.yml into <see cref="SiteSettings"/>.</summary>
public static class SettingsLoader
{
    private static readonly string[] Keys = ["title", "description", "base_url", "language", "publisher", "disclaimer",
        "contact", "feedback_page", "funding", "people", "authors", "reviewer"];

    /// <summary>Parses the settings; <paramref name="baseUrlOverride"/> (from --base-url) wins over the file.</summary>
    public static SiteSettings? Load(SourceFile file, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        if (YamlDocumentLoader.Load(file.Path, file.Text, 1, diagnostics) is not { } mapping)
        {
            return null;
        }

        var fields = new YamlFields(mapping, file.Path, 1, diagnostics);
        fields.RejectUnknownKeys(Keys);
        var title = fields.Text("title", required: true, "the site's name");
        var description = fields.Text("description", required: true, "one sentence about the site");
        var baseUrl = fields.WebAddress("base_url", required: true);
        var language = fields.Text("language", required: false) ?? "en";
        var publisher = fields.Text("publisher", required: true, "who publishes the site");
        var disclaimer = fields.Text("disclaimer", required: true, "a short medical disclaimer");
        if (fields.Failed || title is null || description is null || baseUrl is null || publisher is null || disclaimer is null)
        {
            return null;
        }

        if (CheckOverride(baseUrlOverride) is { } refused)
        {
            diagnostics.Add(refused);
            return null;
        }

        var production = NormaliseBaseUrl(baseUrl);
        var built = baseUrlOverride is null ? production : NormaliseBaseUrl(WebAddress.Parse(baseUrlOverride)!);
        var people = fields.People("people");
        foreach (var (person, at) in people.Where(p => p.Person.IsPlaceholder))
        {
            fields.Report(Errors.PersonPlaceholder(at, person.Id, person.Profession));
        }

        var byId = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var (person, at) in people)
        {
            if (!byId.TryAdd(person.Id, person))
            {
                fields.Report(Errors.Duplicate(at, "person id", person.Id, "an earlier entry of people"));
            }
        }

        var authors = fields.TextList("authors", required: false, 0, 10, string.Empty)
            .Select(id => Find(id, "authors")).OfType<Person>().ToList();
        var reviewerId = fields.Text("reviewer", required: false);
        var reviewer = reviewerId is null ? null : Find(reviewerId, "reviewer");
        var contact = fields.Text("contact", required: false) ?? string.Empty;
        var feedbackPage = fields.Text("feedback_page", required: false) ?? string.Empty;
        var funding = fields.Text("funding", required: false) ?? string.Empty;
        if (fields.Failed)
        {
            return null;
        }

        return new SiteSettings(title, description, built, language, publisher, disclaimer, production)
        {
            People = [.. byId.Values],
            Authors = authors,
            Reviewer = reviewer,
            Contact = contact,
            FeedbackPage = feedbackPage,
            Funding = funding,
        };

        Person? Find(string id, string key)
        {
            if (byId.TryGetValue(id, out var person))
            {
                return person;
            }

            fields.Report(Errors.UnknownPerson(fields.LocationOf(key), id, byId.Keys));
            return null;
        }
    }

    /// <summary>
    /// Refuses a --base-url that would be refused as site.yml's base_url (the same <see cref="WebAddress"/> rule);
    /// null when it is absent or valid. The command line checks it before building, to exit with a usage error.
    /// </summary>
    public static Diagnostic? CheckOverride(string? baseUrlOverride) =>
        baseUrlOverride is null || WebAddress.Parse(baseUrlOverride) is not null ? null : Errors.BadBaseUrlOption(baseUrlOverride);

    /// <summary>Makes sure a base URL ends with '/', so page paths can be appended.</summary>
    public static string NormaliseBaseUrl(string url) => url.EndsWith('/') ? url : url + "/";
}
