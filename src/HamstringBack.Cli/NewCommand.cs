using System.CommandLine;
using HamstringBack.Cli.NewSite;
using HamstringBack.Core.Cards;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;
using HamstringBack.Core.Scaffold;

namespace HamstringBack.Cli;

/// <summary>`new exercise "Name"` / `new section "Title" [--group NAME]`: writes a starter file and says what to do next; `new site DIR` starts a site.</summary>
public static class NewCommand
{
    /// <summary>The `new` command and its three kinds, with their arguments and options.</summary>
    public static Command Create(CliOptions options)
    {
        var name = new Argument<string>("NAME") { Description = "The exercise's name, e.g. \"Cat stretch\"" };
        var exercise = new Command("exercise", "Write input/exercises/<name>.yml, a commented starter that builds.") { name, options.Input };
        exercise.SetAction(result => Write(new Starter("exercise", result.GetValue(name)!.Trim(), result.GetValue(options.Input)!, null), result.InvocationConfiguration));

        var title = new Argument<string>("TITLE") { Description = "The section's title, e.g. \"Sleeping positions\"" };
        var section = new Command("section", "Write input/sections/NN-<title>.md at the next free number; with --group NAME, in that group's folder (a new group when there is none of that name).")
        {
            title, options.Input, options.Group,
        };
        section.SetAction(result => Write(new Starter("section", result.GetValue(title)!.Trim(), result.GetValue(options.Input)!, result.GetValue(options.Group)), result.InvocationConfiguration));

        var dir = Folder();
        var site = new Command("site", "Start a site in DIR (empty or new): input/ on an example topic to replace, theme/, netlify.toml and a README.") { dir };
        site.SetAction(result => NewSiteCommand.Run(result.GetValue(dir)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));

        return new Command("new", "Write a starter that builds: an exercise, a section, or a whole site.") { exercise, section, site };
    }

    /// <summary>The DIR of `new site`, which may not be blank (a blank name would make a folder no one can see).</summary>
    private static Argument<string> Folder()
    {
        var dir = new Argument<string>("DIR") { Description = "The folder for the new site: empty or new, e.g. clinic" };
        dir.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && string.IsNullOrWhiteSpace(token.Value))
            {
                result.AddError("new site needs a folder name, e.g. new site clinic.");
            }
        });
        return dir;
    }

    /// <summary>Writes the starter file of an exercise or a section, after the checks the build would make.</summary>
    private static int Write(Starter starter, InvocationConfiguration console)
    {
        var (stdout, stderr) = (console.Output, console.Error);
        var (kind, title, input) = (starter.Kind, starter.Title, starter.Input);
        var slug = CheckedSlug(kind, title);
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
        if (starter.Group is { } groupName && !TryGroup(input, groupName, stdout, stderr, out group))
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
        return WriteFile(kind, input, file, stdout, stderr);
    }

    /// <summary>The name's slug; a usage error when it has none or the site uses it itself.</summary>
    private static string CheckedSlug(string kind, string title)
    {
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

        return slug;
    }

    /// <summary>Writes <paramref name="file"/> unless it exists, and says what to do next.</summary>
    private static int WriteFile(string kind, string input, StarterFile file, TextWriter stdout, TextWriter stderr)
    {
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
    private static bool TryGroup(string input, string name, TextWriter stdout, TextWriter stderr, out GroupFolder? group)
    {
        group = null;
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

    /// <summary>What `new exercise` or `new section` was asked to write: the kind, its name, the input folder and --group.</summary>
    private sealed record Starter(string Kind, string Title, string Input, string? Group);
}
