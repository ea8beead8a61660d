using System.Globalization;
using System.Text;

namespace HamstringBack.Bench;

/// <summary>
/// Writes a synthetic corpus of N pages (about 700 words of CommonMark each: headings, lists, emphasis, links
/// between pages, a table, a quote) and N/10 exercises twice: as our input folder (FOLDER/input) and as the
/// equivalent Hugo site (FOLDER/hugo), so both generators do the same work. Deterministic for a given N.
/// </summary>
internal static class CorpusWriter
{
    private const string BaseUrl = "https://bench.example.org/";
    private const string Disclaimer = "Synthetic benchmark content. It is not health advice.";

    /// <summary>Writes both sites under <paramref name="folder"/>, replacing what was there.</summary>
    /// <param name="groups">How many group folders the sections are shared out among; 0 for a flat site.</param>
    public static int Write(int pages, string folder, int groups = 0)
    {
        var corpus = new Corpus(pages, groups);
        var input = Fresh(Path.Combine(folder, "input"));
        var hugo = Fresh(Path.Combine(folder, "hugo"));
        WriteOurs(corpus, input);
        WriteHugo(corpus, hugo);
        Console.WriteLine($"Wrote {pages} pages{(corpus.Groups > 0 ? $" in {corpus.Groups} groups" : string.Empty)} and {corpus.Exercises} exercises to {input}/ and {hugo}/");
        return 0;
    }

    private static void WriteOurs(Corpus corpus, string root)
    {
        Save(root, "site.yml", $"""
            title: Bench site
            description: A synthetic site of {corpus.Pages} pages for timing the generator.
            base_url: {BaseUrl}
            language: en-GB
            publisher: HamstringBack bench
            disclaimer: {Disclaimer}

            """);
        Save(root, "home.md", FrontMatter(corpus.HomeMatter()) + corpus.HomeBody(new LinkStyle((i, _) => "sections/" + corpus.PathOf(i), _ => string.Empty)));
        Save(root, "routine.yml", "title: Daily routine\nexercises:\n" +
            string.Concat(Enumerable.Range(1, Math.Min(5, corpus.Exercises)).Select(j => $"  - {Corpus.ExerciseId(j)}\n")));
        for (var i = 1; i <= corpus.Pages; i++)
        {
            var from = i;
            var links = new LinkStyle(
                (to, anchor) => corpus.FileLink(from, to) + (anchor is null ? string.Empty : "#" + anchor),
                j => $"{corpus.ExercisesFolderLink}{Corpus.ExerciseId(j)}.yml");
            Save(root, "sections/" + corpus.PathOf(i), FrontMatter(corpus.PageMatter(i, order: true)) + corpus.PageBody(i, links));
        }

        for (var j = 1; j <= corpus.Exercises; j++)
        {
            Save(root, $"exercises/{Corpus.ExerciseId(j)}.yml", Yaml(corpus.ExerciseMatter(j)));
            Save(root, $"images/{Corpus.ExerciseId(j)}.svg", Corpus.Image(j));
        }
    }

    private static void WriteHugo(Corpus corpus, string root)
    {
        var links = new LinkStyle(
            (i, anchor) => $"/{corpus.UrlOf(i)}" + (anchor is null ? string.Empty : "#" + anchor),
            j => $"/exercises/{Corpus.ExerciseId(j)}/");
        Save(root, "config.toml", $"""
            baseURL = "{BaseUrl}"
            title = "Bench site"
            languageCode = "en-GB"
            disableKinds = ["taxonomy", "term", "RSS"]
            enableRobotsTXT = true

            [params]
            disclaimer = "{Disclaimer}"

            """);
        Save(root, "content/_index.md", FrontMatter(corpus.HomeMatter()) + corpus.HomeBody(links));
        for (var i = 1; i <= corpus.Pages; i++)
        {
            var matter = corpus.PageMatter(i, order: false);
            matter.Add(("weight", i.ToString(CultureInfo.InvariantCulture)));
            matter.Add(("lastmod", matter.Find(m => m.Key == "last_reviewed").Value));
            Save(root, $"content/{corpus.UrlOf(i).TrimEnd('/')}.md", FrontMatter(matter) + corpus.PageBody(i, links));
        }

        Save(root, "content/exercises/_index.md", "---\ntitle: Exercises\n---\n");
        for (var j = 1; j <= corpus.Exercises; j++)
        {
            var matter = corpus.ExerciseMatter(j);
            matter.Insert(0, ("title", matter.Find(m => m.Key == "name").Value));
            Save(root, $"content/exercises/{Corpus.ExerciseId(j)}.md", FrontMatter(matter));
            Save(root, $"static/images/{Corpus.ExerciseId(j)}.svg", Corpus.Image(j));
        }

        foreach (var layout in new[] { "_default/baseof.html", "_default/single.html", "_default/list.html", "404.html" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "hugo-layouts", layout), Target(root, "layouts/" + layout));
        }
    }

    private static string FrontMatter(List<(string Key, object Value)> fields) => "---\n" + Yaml(fields) + "---\n\n";

    /// <summary>Simple YAML: scalars, lists of scalars, lists of title/url pairs. Values are generated words, safe to quote.</summary>
    private static string Yaml(List<(string Key, object Value)> fields)
    {
        var yaml = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            switch (value)
            {
                case string text:
                    yaml.Append(key).Append(": ").Append(text).Append('\n');
                    break;
                case (string Title, string Url)[] sources:
                    yaml.Append(key).Append(":\n");
                    foreach (var source in sources)
                    {
                        yaml.Append($"  - title: \"{source.Title}\"\n    url: {source.Url}\n");
                    }

                    break;
                case IEnumerable<string> items:
                    yaml.Append(key).Append(":\n");
                    foreach (var item in items)
                    {
                        yaml.Append("  - ").Append(item).Append('\n');
                    }

                    break;
            }
        }

        return yaml.ToString();
    }

    private static string Fresh(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void Save(string root, string relative, string text) =>
        File.WriteAllText(Target(root, relative), text, new UTF8Encoding(false));

    private static string Target(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
