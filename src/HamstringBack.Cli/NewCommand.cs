using HamstringBack.Cli.NewSite;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;
using HamstringBack.Core.Scaffold;

namespace HamstringBack.Cli;

/// <summary>`new exercise "Name"` / `new section "Title" [--group NAME]`: writes a starter file and says what to do next; `new site DIR` starts a site.</summary>
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
            throw new UsageException("Write: new exercise \"Cat stretch\",  new section \"Sleeping positions\" [--group knees]  or  new site FOLDER.");
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

        GroupFolder? group = null;
        if (args.Get("group") is { } groupName && !TryGroup(input, groupName, kind, stdout, stderr, out group))
        {
            return ExitCodes.ContentErrors;
        }

        if (group?.Slug == slug)
        {
            throw new UsageException($"The section \"{title}\" would have the same page name as its group, '{slug}'. Choose another name, or write the group's own page in {GroupFolder.PageFile}.");
        }

        var order = kind == "section" ? StarterFiles.NextSectionOrder(input, group) : 0;
        if (order > SectionLoader.MaxOrder)
        {
            stderr.WriteLine($"There are no free section numbers left (1 to {SectionLoader.MaxOrder}). Renumber the sections first.");
            return ExitCodes.ContentErrors;
        }

        var file = kind == "exercise" ? StarterFiles.Exercise(title) : StarterFiles.Section(title, order, DateOnly.FromDateTime(DateTime.Now), group, StarterFiles.ExampleLinkTarget(input));
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

    // --group NAME: the group folder ("02-back-pain", or just "back-pain") the new section goes in; a name that is
    // no group yet starts one at the next top-level number. False (after saying why) when the name is taken.
    private static bool TryGroup(string input, string name, string kind, TextWriter stdout, TextWriter stderr, out GroupFolder? group)
    {
        group = null;
        if (kind != "section")
        {
            throw new UsageException("--group is for new section: exercises are not in groups.");
        }

        if (StarterFiles.GroupNamed(input, name) is { } found)
        {
            group = found;
            return true;
        }

        var slug = StarterFiles.Slug(GroupFolder.Parse(name)?.Slug ?? name);
        if (slug.Length == 0 || SiteUrls.Reserved.Contains(slug))
        {
            throw new UsageException($"The group \"{name}\" needs a name with letters or digits that the site does not use itself, like \"knees\".");
        }

        if (StarterFiles.PageNamed(input, slug) is { } taken)
        {
            stderr.WriteLine($"{input.TrimEnd('/', '\\')}/{taken} already has the page name '{slug}', so no group can take it; nothing was written. Choose another group name.");
            return false;
        }

        var order = StarterFiles.NextSectionOrder(input);
        group = new GroupFolder($"{order:00}-{slug}", slug, order);
        Directory.CreateDirectory(Path.Combine(input, "sections", group.Folder));
        stdout.WriteLine($"Started the group {input.TrimEnd('/', '\\')}/sections/{group.Folder}/ (its menu name: {group.Title}).");
        return true;
    }
}
