using System.Text.RegularExpressions;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using HamstringBack.Core.Schema;

namespace HamstringBack.Core.Load;

/// <summary>Reads input/site.yml into <see cref="SiteSettings"/>.</summary>
public static class SettingsLoader
{
    /// <summary>Parses the settings; <paramref name="baseUrlOverride"/> (from --base-url) wins over the file.</summary>
    public static SiteSettings? Load(SourceFile file, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        if (YamlDocumentLoader.Load(file.Path, file.Text, 1, diagnostics) is not { } mapping)
        {
            return null;
        }

        var fields = new YamlFields(mapping, file.Path, 1, diagnostics);
        fields.RejectUnknownKeys(SiteSchema.Site);
        if (Required(fields) is not { } settings)
        {
            return null;
        }

        if (CheckOverride(baseUrlOverride) is { } refused)
        {
            diagnostics.Add(refused);
            return null;
        }

        var built = baseUrlOverride is null ? settings.ProductionBaseUrl : NormaliseBaseUrl(WebAddress.Parse(baseUrlOverride)!);
        var complete = Optional(fields, People(fields, settings with { BaseUrl = built }));
        return fields.Failed ? null : complete;
    }

    // The keys every site.yml has (the base URL as written: --base-url is applied after); null when one is missing or wrong.
    private static SiteSettings? Required(YamlFields fields)
    {
        var keys = SiteSchema.Site;
        var title = fields.Text(keys["title"]);
        var description = fields.Text(keys["description"]);
        var baseUrl = fields.WebAddress(keys["base_url"]);
        var language = fields.Text(keys["language"]) ?? keys["language"].Default!;
        var publisher = fields.Text(keys["publisher"]);
        var disclaimer = fields.Text(keys["disclaimer"]);
        if (fields.Failed || title is null || description is null || baseUrl is null || publisher is null || disclaimer is null)
        {
            return null;
        }

        var production = NormaliseBaseUrl(baseUrl);
        return new SiteSettings(title, description, production, language, publisher, disclaimer, production);
    }

    // people, authors and reviewer: each id once, each reference to a person who is listed; placeholders warned about.
    private static SiteSettings People(YamlFields fields, SiteSettings settings)
    {
        var keys = SiteSchema.Site;
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

        var authors = fields.TextList(keys["authors"]).Select(id => Find(id, "authors")).OfType<Person>().ToList();
        var reviewerId = fields.Text(keys["reviewer"]);
        return settings with { People = [.. byId.Values], Authors = authors, Reviewer = reviewerId is null ? null : Find(reviewerId, "reviewer") };

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

    // The optional keys (each one wrong is reported in fields).
    private static SiteSettings Optional(YamlFields fields, SiteSettings settings)
    {
        var keys = SiteSchema.Site;
        return settings with
        {
            Contact = fields.Text(keys["contact"]) ?? string.Empty,
            FeedbackPage = fields.Text(keys["feedback_page"]) ?? string.Empty,
            Funding = fields.Text(keys["funding"]) ?? string.Empty,
            ExercisesSummary = fields.Text(keys["exercises_summary"]) ?? settings.Description,
            EditorRepository = Matching(fields, keys["editor_repository"], Errors.EditorRepositoryInvalid),
            EditorBranch = Matching(fields, keys["editor_branch"], Errors.EditorBranchInvalid) ?? keys["editor_branch"].Default!,
        };
    }

    // A text key that must match its schema pattern; null when absent or reported by refused.
    private static string? Matching(YamlFields fields, KeySpec key, Func<SourceLocation, string, Diagnostic> refused)
    {
        var text = fields.Text(key);
        if (text is null || key.Type is not KeyType.Text { Pattern: { } pattern } || Regex.IsMatch(text, pattern))
        {
            return text;
        }

        fields.Report(refused(fields.LocationOf(key.Name), text));
        return null;
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
