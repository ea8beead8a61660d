using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests.Cli;

public sealed class NewCommandTests
{
    [Fact]
    public void New_exercise_writes_a_commented_starter_that_builds_into_a_page()
    {
        using var site = new TempSite();

        var run = CliRun.Start("new", "exercise", "Cat stretch: gentle", "--input", site.Input);

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(Path.Combine(site.Input, "exercises/cat-stretch-gentle.yml"));
        Assert.Contains("name: 'Cat stretch: gentle'", text);
        Assert.Contains("# (required) Short steps, in order, one per line. List of 3 to 6 texts.", text);
        Assert.Contains("add its id to input/routine.yml", run.Stdout);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<h1>Cat stretch: gentle</h1>", result.Text("exercises/cat-stretch-gentle/index.html"));
    }

    [Fact]
    public void New_section_takes_the_next_free_number_and_builds_into_a_page_in_the_menu()
    {
        using var site = new TempSite();

        var run = CliRun.Start("new", "section", "Sleeping positions", "--input", site.Input);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Created " + site.Input + "/sections/06-sleeping-positions.md.", run.Stdout);
        var text = File.ReadAllText(Path.Combine(site.Input, "sections/06-sleeping-positions.md"));
        Assert.Contains("order: 6", text);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<h1>Sleeping positions</h1>", result.Text("sleeping-positions/index.html"));
        Assert.Contains("href=\"/sleeping-positions/\"", result.Text("index.html"));
    }

    [Fact]
    public void New_section_with_a_group_starts_the_group_then_numbers_its_sections_and_builds_issue_16()
    {
        using var site = new TempSite();

        var first = CliRun.Start("new", "section", "Knee exercises", "--group", "knees", "--input", site.Input);
        var second = CliRun.Start("new", "section", "Knee stretches", "--group", "06-knees", "--input", site.Input);
        var top = CliRun.Start("new", "section", "Sleeping positions", "--input", site.Input);

        Assert.Equal((0, 0, 0), (first.ExitCode, second.ExitCode, top.ExitCode));
        Assert.Contains("Started the group " + site.Input + "/sections/06-knees/ (its menu name: Knees).", first.Stdout);
        Assert.Contains("Created " + site.Input + "/sections/06-knees/01-knee-exercises.md.", first.Stdout);
        Assert.Contains("Created " + site.Input + "/sections/06-knees/02-knee-stretches.md.", second.Stdout);
        Assert.Contains("Created " + site.Input + "/sections/07-sleeping-positions.md.", top.Stdout);
        Assert.Contains("Its page will be /knees/knee-stretches/.", File.ReadAllText(Path.Combine(site.Input, "sections/06-knees/02-knee-stretches.md")));
        Assert.Contains("open /knees/knee-exercises/ to see it", first.Stdout);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.Contains("HB0801", d.ToString())); // only the real site's unnamed people
        var page = result.Text("knees/knee-stretches/index.html");
        Assert.Contains("<h1>Knee stretches</h1>", page);
        Assert.Contains("href=\"/knees/knee-exercises/\"", page);
        Assert.Contains("<h1>Sleeping positions</h1>", result.Text("sleeping-positions/index.html"));
    }

    [Theory]
    [InlineData("stretching", 1, "sections/04-stretching.md already has the page name 'stretching', so no group can take it")]
    [InlineData("search", 2, "that the site does not use itself")]
    public void New_section_refuses_a_group_name_the_build_would_refuse_and_writes_nothing_issue_16(string group, int exit, string message)
    {
        using var site = new TempSite();
        var before = Directory.GetFileSystemEntries(site.Input, "*", SearchOption.AllDirectories).Order().ToList();

        var run = CliRun.Start("new", "section", "Knee exercises", "--group", group, "--input", site.Input);

        Assert.Equal(exit, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.Equal(before, Directory.GetFileSystemEntries(site.Input, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_file()
    {
        using var site = new TempSite();
        var before = File.ReadAllText(Path.Combine(site.Input, "exercises/bird-dog.yml"));

        var run = CliRun.Start("new", "exercise", "Bird dog", "--input", site.Input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("exercises/bird-dog.yml already exists; nothing was written.", run.Stderr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Input, "exercises/bird-dog.yml")));
    }

    [Theory]
    [InlineData("exercise", "Log", "the print page /cards/log/ uses")]
    [InlineData("exercise", "A4 1up", "the print page /cards/a4-1up/ uses")]
    [InlineData("section", "Cards", "which the site uses itself (/cards/)")]
    [InlineData("section", "Pagefind", "which the site uses itself (/pagefind/)")]
    [InlineData("section", "Search", "which the site uses itself (/search/)")]
    public void New_refuses_a_name_the_build_would_refuse_and_writes_nothing_issue_12(string kind, string name, string reason)
    {
        using var site = new TempSite();
        var before = FolderSnapshot.Take(site.Input);

        var run = CliRun.Start("new", kind, name, "--input", site.Input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Stderr);
        Assert.Contains("Choose another name.", run.Stderr);
        Assert.Equal(before, FolderSnapshot.Take(site.Input));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void New_section_refuses_the_page_name_of_an_existing_page_issue_12()
    {
        using var site = new TempSite();
        var before = FolderSnapshot.Take(site.Input);

        var run = CliRun.Start("new", "section", "About", "--input", site.Input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(site.Input + "/pages/about.md already has the page name 'about'; nothing was written.", run.Stderr);
        Assert.Equal(before, FolderSnapshot.Take(site.Input));
    }

    [Theory]
    [InlineData("exercise")]
    [InlineData("section")]
    public void New_shortens_a_300_character_name_to_a_file_name_of_whole_words_that_builds_issue_12(string kind)
    {
        using var site = new TempSite();
        var name = string.Concat(Enumerable.Repeat("Gentle lying stretch ", 15)).Trim();
        Assert.True(name.Length >= 300);

        var run = CliRun.Start("new", kind, name, "--input", site.Input);

        Assert.Equal(0, run.ExitCode);
        var slug = "gentle-lying-stretch-gentle-lying-stretch-gentle-lying";
        var relative = kind == "exercise" ? $"exercises/{slug}.yml" : $"sections/06-{slug}.md";
        Assert.Contains($"Created {site.Input}/{relative}.", run.Stdout);
        Assert.True(File.Exists(Path.Combine(site.Input, relative)));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = kind == "exercise" ? $"exercises/{slug}/index.html" : $"{slug}/index.html";
        Assert.Contains($"<h1>{name}</h1>", result.Text(page));
    }

    [Fact]
    public void New_cuts_a_name_of_one_long_word_at_60_characters_issue_12()
    {
        using var site = new TempSite();

        var run = CliRun.Start("new", "exercise", new string('x', 300), "--input", site.Input);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Input, "exercises", new string('x', 60) + ".yml")));
        Assert.True(site.Build().Succeeded);
    }

    [Fact]
    public void New_without_a_kind_and_name_is_a_usage_error()
    {
        var run = CliRun.Start("new", "exercise");

        // Issue 13: System.CommandLine's wording, and the help that shows an example name.
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Required argument 'NAME' missing for command: 'exercise'.", run.Stderr);
        Assert.Contains("See 'hamstringback new exercise --help'.", run.Stderr);
    }
}
