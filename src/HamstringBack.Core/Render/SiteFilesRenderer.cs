using System.Globalization;
using System.Text;
using System.Xml;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Render;

/// <summary>Writes the files search engines read: sitemap.xml (every page in the sitemap) and robots.txt.</summary>
public static class SiteFilesRenderer
{
    /// <summary>sitemap.xml and robots.txt for the planned pages.</summary>
    public static IReadOnlyList<OutputFile> Render(IReadOnlyList<PagePlan> plans, SiteUrls urls)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var plan in plans.Where(p => p.InSitemap).OrderBy(p => p.Page.Path, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", plan.Page.CanonicalUrl);
                if (plan.LastModified is { } date)
                {
                    xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("sitemap.xml")}\n";
        return
        [
            new OutputFile("sitemap.xml", stream.ToArray()),
            new OutputFile("robots.txt", Encoding.UTF8.GetBytes(robots)),
        ];
    }
}
