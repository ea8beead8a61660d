using HamstringBack.Core.Cards;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Render;

/// <summary>
/// Decides every page of the site: its path, its template and its view. <see cref="Paths"/> lists the pages'
/// paths cheaply (for link checks); <see cref="Plan"/> makes the full plans.
/// </summary>
/// <param name="strings">The words of the pages the generator makes (theme/strings.yml).</param>
/// <param name="qrCodes">Makes the cards' QR codes (<see cref="QrCodeMaker.Svg"/> when null; a cache may remember them).</param>
public sealed class PagePlanner(SiteModel model, SiteUrls urls, ThemeStrings strings, Func<string, RawHtml>? qrCodes = null)
{
    private readonly StructuredData _structured = new(model.Settings, urls, strings);

    /// <summary>The path of every page <see cref="Plan"/> makes ("stretching/", "404.html"), without building any view.</summary>
    public IReadOnlyList<string> Paths() =>
    [
        .. model.ContentPages.Select(SiteUrls.Section),
        SiteUrls.ExercisesIndex,
        .. model.Exercises.Select(e => SiteUrls.Exercise(e.Id)),
        SiteUrls.Checklist,
        SiteUrls.Search,
        .. CardPlanner.Paths(model.Exercises.Select(e => e.Id)),
        .. model.Exercises.SelectMany(e => e.FormerIds).SelectMany(id => new[] { SiteUrls.Exercise(id), SiteUrls.Card(id) }),
        "404.html",
    ];

    /// <summary>
    /// All pages; <paramref name="exercises"/> are the views of the model's exercises, in its order. The pages are
    /// planned in parallel (issue 16: planning 11,000 pages, their structured data and the cards' QR codes, was a
    /// serial stage), in the same order and with the same views as <see cref="Lazily"/>.
    /// </summary>
    /// <param name="parallel">How many pages to plan at once; every core when null.</param>
    public IReadOnlyList<PagePlan> Plan(IReadOnlyList<ExerciseView> exercises, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        var steps = Steps(exercises, parallel).ToArray();
        var plans = new PagePlan[steps.Length];
        Parallel.For(0, steps.Length, parallel, i => plans[i] = steps[i]());
        return plans;
    }

    /// <summary>
    /// The pages of <see cref="Plan"/>, in its order, each planned only as it is enumerated: `preview` plans only
    /// as far as the pages being viewed (issue 16).
    /// </summary>
    public IEnumerable<PagePlan> Lazily(IReadOnlyList<ExerciseView> exercises) => Steps(exercises, new ParallelOptions()).Select(step => step());

    /// <summary>How to plan each page, in the order of the site's pages; the cards' views are made as the cards are reached.</summary>
    private IEnumerable<Func<PagePlan>> Steps(IReadOnlyList<ExerciseView> exercises, ParallelOptions parallel)
    {
        yield return () => ContentPage(model.Home, "home", null, null);
        foreach (var step in SectionPages(model.Tree).Concat(model.Pages.Select(p => (Func<PagePlan>)(() => ContentPage(p, "page", null, null)))))
        {
            yield return step;
        }

        yield return ExercisesIndex;
        foreach (var exercise in exercises)
        {
            yield return () => ExercisePage(exercise);
        }

        yield return () => Special(SiteUrls.Checklist, "checklist", "checklist", model.Routine.Title,
            strings["checklist_description"], inSitemap: true);
        // Search engines should not index a site's own search page, so it is left out of the sitemap.
        yield return () => Special(SiteUrls.Search, "search", "search", strings["search_title"],
            strings["search_description"], inSitemap: false);
        foreach (var plan in new CardPlanner(model, urls, strings, qrCodes).Plan(exercises, parallel).Concat(exercises.SelectMany(e => e.FormerIds.SelectMany(id => new[]
        {
            Moved(SiteUrls.Exercise(id), SiteUrls.Exercise(e.Id), e.Name),
            Moved(SiteUrls.Card(id), SiteUrls.Card(e.Id), strings["card_title", ("name", e.Name)]),
        }))))
        {
            yield return () => plan;
        }

        yield return NotFound;
    }

    /// <summary>
    /// The sections' pages (issue 16): each top-level entry links to the entries beside it, each section in a group
    /// to the sections beside it in the group, under its group's page.
    /// </summary>
    private IEnumerable<Func<PagePlan>> SectionPages(SectionTree tree)
    {
        var top = tree.Top.Select(e => new NavLink(e.Title, urls.Link(e.Path), false, e.Summary)).ToList();
        for (var i = 0; i < top.Count; i++)
        {
            var entry = tree.Top[i];
            var children = entry.Children.Select(Nav).ToList();
            var (previous, next, trail) = (i > 0 ? top[i - 1] : null, i + 1 < top.Count ? top[i + 1] : null, top[i]);
            if (entry.Page is { } page)
            {
                yield return () => ContentPage(page, "section", previous, next, children: children);
            }

            for (var j = 0; j < entry.Children.Count; j++)
            {
                var (child, before, after) = (entry.Children[j], j > 0 ? children[j - 1] : null, j + 1 < children.Count ? children[j + 1] : null);
                yield return () => ContentPage(child, "section", before, after, breadcrumbs: [trail]);
            }
        }
    }

    private PagePlan ContentPage(Section section, string kind, NavLink? previous, NavLink? next,
        IReadOnlyList<NavLink>? breadcrumbs = null, IReadOnlyList<NavLink>? children = null)
    {
        var path = SiteUrls.Section(section);
        var view = new PageView(path, kind, section.Title, section.Summary, urls.Link(path), urls.Absolute(path),
            section.Review, section.Sources, section.Content.Html, section.Content.Toc,
            previous, next, null, _structured.Page(section.Title, section.Summary, path, section.Review, model.CreditsOf(section), breadcrumbs))
        {
            Credits = model.CreditsOf(section),
            Breadcrumbs = breadcrumbs ?? [],
            Children = children ?? [],
        };
        return new PagePlan(path + "index.html", kind, view, true, section.Review.LastReviewed);
    }

    private PagePlan ExercisesIndex()
    {
        var path = SiteUrls.ExercisesIndex;
        var summary = model.Settings.ExercisesSummary;
        var view = new PageView(path, "exercises", strings["exercises_title"], summary,
            urls.Link(path), urls.Absolute(path), model.Home.Review, [], new RawHtml(string.Empty), [], null, null, null,
            _structured.Page(strings["exercises_title"], summary, path, model.Home.Review, model.CreditsOf(model.Home)))
        {
            Credits = model.CreditsOf(model.Home),
        };
        return new PagePlan(path + "index.html", "exercises", view, true, model.Home.Review.LastReviewed);
    }

    private PagePlan ExercisePage(ExerciseView exercise)
    {
        var path = SiteUrls.Exercise(exercise.Id);
        var description = exercise.Summary.Length > 0 ? exercise.Summary : strings["exercise_description", ("name", exercise.Name), ("dose", exercise.Dose)];
        var view = new PageView(path, "exercise", exercise.Name, description, urls.Link(path), urls.Absolute(path),
            exercise.Review, exercise.Sources, new RawHtml(string.Empty), [], null, null, exercise,
            _structured.Exercise(exercise, description, path))
        {
            Credits = exercise.Credits,
        };
        return new PagePlan(path + "index.html", "exercise", view, true, exercise.Review.LastReviewed);
    }

    private PagePlan Special(string path, string kind, string template, string title, string description, bool inSitemap)
    {
        var view = new PageView(path, kind, title, description, urls.Link(path), urls.Absolute(path), null, [],
            new RawHtml(string.Empty), [], null, null, null, new RawHtml(string.Empty));
        return new PagePlan(path + "index.html", template, view, inSitemap, null);
    }

    /// <summary>
    /// The page at an exercise's old address (its <c>former_ids</c>), pointing to the new one: for hosts without
    /// netlify.toml's redirects, and the preview. Not in the sitemap.
    /// </summary>
    private PagePlan Moved(string oldPath, string newPath, string newTitle)
    {
        // The words readers see ("This page has moved") are in the theme: layout.sbn and moved.sbn.
        var view = new PageView(oldPath, "moved", newTitle, newTitle, urls.Link(oldPath),
            urls.Absolute(newPath), null, [], new RawHtml(string.Empty), [], null, null, null, new RawHtml(string.Empty))
        {
            Data = new MovedView(urls.Link(newPath), newTitle),
        };
        return new PagePlan(oldPath + "index.html", "moved", view, false, null);
    }

    private PagePlan NotFound()
    {
        var view = new PageView("404.html", "404", strings["not_found_title"], strings["not_found_description"], urls.Link("404.html"),
            urls.Absolute("404.html"), null, [], new RawHtml(string.Empty), [], null, null, null, new RawHtml(string.Empty));
        return new PagePlan("404.html", "404", view, false, null);
    }

    private NavLink Nav(Section section) => new(section.Title, urls.Link(SiteUrls.Section(section)), false, section.Summary);
}
