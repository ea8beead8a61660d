using System.Text;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using Scriban.Runtime;

namespace HamstringBack.Core.Admin;

/// <summary>
/// The browser editor at /admin/ (issue 18): its page (theme/templates/admin.sbn, noindex), its configuration
/// generated from the input schema (<see cref="CmsConfig"/>) and the editor's own files from theme/admin/.
/// Not in the sitemap, the search index or the offline manifest: readers never need it.
/// </summary>
public static class AdminSite
{
    /// <summary>The folder of the editor's files in the built site.</summary>
    public const string Folder = "admin/";

    /// <summary>The editor's files for a site built from the input folder called <paramref name="inputName"/>.</summary>
    public static IEnumerable<OutputFile> Files(Theme theme, SiteSettings settings, string inputName)
    {
        if (!theme.Templates.TryGetValue("admin", out var template))
        {
            return [];
        }

        var urls = new SiteUrls(settings);
        var model = new ScriptObject
        {
            ["language"] = settings.Language, ["title"] = settings.Title,
            ["editor_url"] = urls.Link(Folder), ["site_css"] = urls.Link(theme.AssetUrls["site.css"]),
        };
        var context = new HtmlTemplateContext(HtmlTemplateContext.ReadOnlyBuiltins());
        context.PushGlobal(model);
        var page = template.Render(context);
        return theme.Admin.Append(new OutputFile(Folder + "index.html", Encoding.UTF8.GetBytes(page)))
            .Append(new OutputFile(CmsConfig.FileName, Encoding.UTF8.GetBytes(CmsConfig.Write(inputName, urls.Link(SiteUrls.Image(string.Empty)), settings.EditorRepository, settings.EditorBranch))));
    }
}
