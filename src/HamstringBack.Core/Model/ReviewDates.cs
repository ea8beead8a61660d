using System.Globalization;

namespace HamstringBack.Core.Model;

/// <summary>When a page was last reviewed by a clinician and when the next review is due.</summary>
public sealed record ReviewDates(DateOnly LastReviewed, DateOnly NextReview)
{
    /// <summary>Last review as an ISO date, for machines.</summary>
    public string LastReviewedIso => LastReviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Next review as an ISO date, for machines.</summary>
    public string NextReviewIso => NextReview.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Last review for people, e.g. "20 November 2026".</summary>
    public string LastReviewedText => LastReviewed.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Last review's month for a small card, e.g. "Nov 2026".</summary>
    public string LastReviewedMonth => LastReviewed.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Next review for people, e.g. "20 November 2027".</summary>
    public string NextReviewText => NextReview.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
