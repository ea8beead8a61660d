using HamstringBack.Core.Cards;

namespace HamstringBack.Core.Model;

/// <summary>
/// Where every page lives. Paths are relative to the site root ("exercises/bird-dog/"); <see cref="Link"/>
/// adds the base path so the site works under a sub-path, <see cref="Absolute"/> the full base URL.
/// </summary>
public sealed class SiteUrls(SiteSettings settings)
{
    // Parsing the base URL costs a Uri; links are made thousands of times a build, so parse it once.
    private readonly string _basePath = settings.BasePath;

    /// <summary>Page names the site uses itself, which content files may not take ("pagefind" holds the search index, "admin" the browser editor).</summary>
    public static readonly IReadOnlyList<string> Reserved = ["exercises", "cards", "checklist", "assets", "images", "js", "search", "pagefind", "og", "figures", "404", "admin"];

    public static string Home => string.Empty;

    public static string ExercisesIndex => "exercises/";

    public static string Checklist => "checklist/";

    public static string Cards => "cards/";

    /// <summary>Where a clinician makes, prints and hands over a patient's programme (issue 20).</summary>
    public static string Programme => "programme/";

    /// <summary>The search page; the pagefind index beside it is in "pagefind/".</summary>
    public static string Search => "search/";

    /// <summary>The path of a content page: "slug/", or "group/slug/" for a section in a group's folder (issue 16).</summary>
    public static string Section(Section section) =>
        section is { Group: { } group, IsGroupPage: false } ? $"{group.Slug}/{section.Slug}/" : Page(section.Kind, section.Slug);

    /// <summary>The path of a content page of <paramref name="kind"/> named <paramref name="slug"/>: "" for home, else "slug/".</summary>
    public static string Page(PageKind kind, string slug) => kind == PageKind.Home ? Home : slug + "/";

    public static string Exercise(string id) => $"exercises/{id}/";

    public static string Card(string id) => $"cards/{id}/";

    /// <summary>A card layout's page, e.g. "cards/a4-4up/".</summary>
    public static string CardLayout(string id) => $"cards/{id}/";

    public static string CardLog => "cards/log/";

    public static string Image(string name) => $"images/{name}";

    /// <summary>Root-relative link with the base path, e.g. "/sub/exercises/".</summary>
    public string Link(string path) => _basePath + path;

    /// <summary>Absolute URL at the configured base URL.</summary>
    public string Absolute(string path) => settings.BaseUrl + path;

    /// <summary>Absolute URL on the live site (site.yml's base_url, never a --base-url preview), for print.</summary>
    public string Production(string path) => settings.ProductionBaseUrl + path;
}
