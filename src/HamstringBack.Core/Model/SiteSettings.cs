namespace HamstringBack.Core.Model;

/// <summary>The site-wide settings from input/site.yml.</summary>
/// <param name="BaseUrl">Absolute URL the site is built for (site.yml's base_url, or --base-url for a deploy preview),
/// always ending in '/'; may contain a sub-path.</param>
/// <param name="ProductionBaseUrl">site.yml's base_url even when --base-url overrides it: printed QR codes and
/// short URLs must open the live site, not a preview that will disappear.</param>
public sealed record SiteSettings(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string Publisher,
    string Disclaimer,
    string ProductionBaseUrl)
{
    /// <summary>Everyone who writes or reviews the content (site.yml's <c>people</c>).</summary>
    public IReadOnlyList<Person> People { get; init; } = [];

    /// <summary>The site's authors, from <c>authors</c> (ids of <see cref="People"/>).</summary>
    public IReadOnlyList<Person> Authors { get; init; } = [];

    /// <summary>The clinical reviewer of every page that names none itself (<c>reviewer</c>); null when none.</summary>
    public Person? Reviewer { get; init; }

    /// <summary>How readers contact the publisher: a web address or mailto: link (<c>contact</c>); empty when none.</summary>
    public string Contact { get; init; } = string.Empty;

    /// <summary>
    /// The slug of the page that carries the feedback form (<c>feedback_page</c>, e.g. "about"); empty for none.
    /// The form is a Netlify form: Netlify receives it, so the site needs no server of its own.
    /// </summary>
    public string FeedbackPage { get; init; } = string.Empty;

    /// <summary>Who pays for the site and how it stays independent (<c>funding</c>); empty when not given.</summary>
    public string Funding { get; init; } = string.Empty;

    /// <summary>The exercises page's description (<c>exercises_summary</c>), or the site's <see cref="Description"/>.</summary>
    public string ExercisesSummary { get; init; } = string.Empty;

    /// <summary>
    /// The GitHub repository (owner/name) the browser editor at /admin/ saves to online (<c>editor_repository</c>);
    /// null when not set, and the editor then works only on this computer, through decap-server.
    /// </summary>
    public string? EditorRepository { get; init; }

    /// <summary>The branch of <see cref="EditorRepository"/> the editor saves to (<c>editor_branch</c>, default main).</summary>
    public string EditorBranch { get; init; } = "main";

    /// <summary>The path part of <see cref="BaseUrl"/>, e.g. "/" or "/hamstrings/".</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath;
}
