using HamstringBack.Core.Model;

namespace HamstringBack.Core.Render;

/// <summary>
/// Says which file an editor changes to change each built page: the Markdown or YAML file it was made from,
/// or, for pages made only by the theme (checklist, 404 …), its template. `check` uses it to locate problems.
/// </summary>
public static class PageSources
{
    /// <summary>Output path ("stretching/index.html") → source file ("input/sections/04-stretching.md").</summary>
    public static IReadOnlyDictionary<string, string> Map(IReadOnlyList<PagePlan> plans, SiteModel model, string themeDisplay)
    {
        var content = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in model.ContentPages)
        {
            content[SiteUrls.Section(section)] = section.SourcePath;
        }

        foreach (var exercise in model.Exercises)
        {
            content[SiteUrls.Exercise(exercise.Id)] = exercise.SourcePath;
        }

        var templates = themeDisplay.Replace('\\', '/').TrimEnd('/') + "/templates/";
        return plans.ToDictionary(
            p => p.OutputPath,
            p => content.GetValueOrDefault(p.Page.Path) ?? $"{templates}{p.Template}.sbn",
            StringComparer.Ordinal);
    }
}
