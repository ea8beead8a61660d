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
        Assert.Contains("# (required) 3 to 6 short steps", text);
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
    public void New_refuses_to_overwrite_an_existing_file()
    {
        using var site = new TempSite();
        var before = File.ReadAllText(Path.Combine(site.Input, "exercises/bird-dog.yml"));

        var run = CliRun.Start("new", "exercise", "Bird dog", "--input", site.Input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("exercises/bird-dog.yml already exists; nothing was written.", run.Stderr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Input, "exercises/bird-dog.yml")));
    }

    [Fact]
    public void New_without_a_kind_and_name_is_a_usage_error()
    {
        var run = CliRun.Start("new", "exercise");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("new exercise \"Cat stretch\"", run.Stderr);
    }
}
