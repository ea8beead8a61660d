using System.Text;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;

namespace HamstringBack.Core.Caching;

/// <summary>
/// Everything any page can see besides its own content: the theme, the settings, the routine and the exercises
/// (the very objects parsed, so unchanged files give equal inputs), the image names, and the title, summary, order,
/// path, review dates, sources, reviewer and first publication of every content page (navigation, previous/next
/// links, exercises' sections, reviews, credits and sources), and the warning-sign partials.
/// When any of it changes, every page is rendered again.
/// </summary>
internal sealed class SharedPageInputs
{
    private readonly object[] _objects;
    private readonly string _text;

    private SharedPageInputs(object[] objects, string text)
    {
        _objects = objects;
        _text = text;
    }

    public static SharedPageInputs Of(Theme theme, SiteModel model)
    {
        var text = new StringBuilder();
        foreach (var s in new[] { model.Home }.Concat(model.Sections).Concat(model.Pages))
        {
            text.AppendJoin('\u001f', s.Kind, s.Slug, s.RelativePath, s.SourcePath, s.Title, s.Summary, s.Order,
                s.Review.LastReviewedIso, s.Review.NextReviewIso, s.ReviewerId, s.Published).Append('\u001f')
                .AppendJoin('\u001f', s.Sources.Select(source => source.Title + '\u001d' + source.Url)).Append('\u001e');
        }

        text.AppendJoin('\u001f', model.Images.Select(i => i.Name)).Append('\u001e')
            .Append(model.WarningSigns.Html).Append('\u001e').Append(model.WarningLine.Html);
        object[] objects = [theme, model.Settings, model.Routine, .. model.Exercises];
        return new SharedPageInputs(objects, text.ToString());
    }

    public bool Matches(SharedPageInputs other) =>
        _text == other._text && _objects.Length == other._objects.Length &&
        _objects.Zip(other._objects).All(p => ReferenceEquals(p.First, p.Second));
}
