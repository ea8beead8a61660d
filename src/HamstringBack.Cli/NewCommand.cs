using HamstringBack.Cli.NewSite;
using HamstringBack.Core.Model;
using HamstringBack.Core.Scaffold;

namespace HamstringBack.Cli;

/// <summary>`new exercise "Name"` / `new section "Title"`: writes a starter file and says what to do next; `new site DIR` starts a site.</summary>
public static class NewCommand
{
    public static int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Words is ["site", var dir] && !string.IsNullOrWhiteSpace(dir))
        {
            return NewSiteCommand.Run(dir, stdout, stderr);
        }

        if (args.Words.Count != 2 || args.Words[0] is not ("exercise" or "section"))
        {
            throw new UsageException("Write: new exercise \"Cat stretch\",  new section \"Sleeping positions\"  or  new site FOLDER.");
        }

        var (kind, title) = (args.Words[0], args.Words[1].Trim());
        var slug = StarterFiles.Slug(title);
        if (slug.Length == 0)
        {
            throw new UsageException($"The {kind} needs a name with letters or digits, like \"Cat stretch\".");
        }

        // The same lists the build checks (HB0308, HB0309), so `new` never writes a file the build refuses.
        if (kind == "exercise" && CardLayout.ReservedIds.Contains(slug))
        {
            throw new UsageException($"The exercise \"{title}\" would get the id '{slug}', which the print page /cards/{slug}/ uses. Choose another name.");
        }

        if (kind == "section" && SiteUrls.Reserved.Contains(slug))
        {
            throw new UsageException($"The section \"{title}\" would get the page name '{slug}', which the site uses itself (/{slug}/). Choose another name.");
        }

        var input = args.Get("input", "input");
        if (!Directory.Exists(input))
        {
            stderr.WriteLine($"The input folder '{input}' does not exist. Run this from the project folder, or pass --input DIR.");
            return ExitCodes.ContentErrors;
        }

        if (kind == "section" && StarterFiles.PageNamed(input, slug) is { } taken)
        {
            stderr.WriteLine($"{input.TrimEnd('/', '\\')}/{taken} already has the page name '{slug}'; nothing was written. Choose another name, or edit that file.");
            return ExitCodes.ContentErrors;
        }

        var order = kind == "section" ? StarterFiles.NextSectionOrder(input) : 0;
        if (order > 99)
        {
            stderr.WriteLine("There are no free section numbers left (01 to 99). Renumber the sections first.");
            return ExitCodes.ContentErrors;
        }

        var file = kind == "exercise" ? StarterFiles.Exercise(title) : StarterFiles.Section(title, order, DateOnly.FromDateTime(DateTime.Now));
        var path = Path.Combine(input, file.RelativePath);
        var shown = $"{input.TrimEnd('/', '\\')}/{file.RelativePath}";
        if (File.Exists(path))
        {
            stderr.WriteLine($"{shown} already exists; nothing was written. Choose another name, or edit that file.");
            return ExitCodes.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.Text);
        stdout.WriteLine($"Created {shown}.");
        stdout.WriteLine("Next:");
        stdout.WriteLine($"  1. Open {shown} and replace the example text; every key is explained in the file.");
        if (kind == "exercise")
        {
            stdout.WriteLine("  2. To put it in the daily routine, add its id to input/routine.yml.");
        }
        else
        {
            stdout.WriteLine("  2. Write the page below the second --- line, in Markdown.");
        }

        stdout.WriteLine($"  3. Run `preview` and open /{file.SitePath} to see it; run `check` before you publish.");
        return ExitCodes.Success;
    }
}
