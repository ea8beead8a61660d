using System.Globalization;

namespace HamstringBack.Core.Model;

/// <summary>Who wrote and reviewed a page, and when it was first published: the byline pages and JSON-LD show.</summary>
/// <param name="Authors">The site's authors (site.yml's <c>authors</c>).</param>
/// <param name="Reviewer">The page's clinical reviewer (its <c>reviewer</c> key, else site.yml's <c>reviewer</c>); null when none is set.</param>
/// <param name="Published">When the page was first published (its <c>published</c> key); null when not given.</param>
public sealed record Credits(IReadOnlyList<Person> Authors, Person? Reviewer, DateOnly? Published)
{
    /// <summary>No one named and no date.</summary>
    public static Credits None { get; } = new([], null, null);

    /// <summary>First publication as an ISO date, for machines; empty when unknown.</summary>
    public string PublishedIso => Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>First publication for people, e.g. "20 November 2026"; empty when unknown.</summary>
    public string PublishedText => Published?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
}
