using static HamstringBack.Core.Tests.Cli.CliRunner;

namespace HamstringBack.Core.Tests.Cli;

public sealed class NewCommandTests
{
    [Fact]
    public void New_exercise_writes_a_commented_starter_that_builds_into_a_page()
    {
        using var site = new SiteCopy();

        var (code, stdout, _) = Run("new", "exercise", "Cat stretch: gentle", "--input", site.Input);

        Assert.Equal(0, code);
        var text = File.ReadAllText(Path.Combine(site.Input, "exercises/cat-stretch-gentle.yml"));
        Assert.Contains("name: 'Cat stretch: gentle'", text);
        Assert.Contains("# (required) 3 to 6 short steps", text);
        Assert.Contains("add its id to input/routine.yml", stdout);
        var result = new SiteBuilder().Build(site.Options());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<h1>Cat stretch: gentle</h1>", result.Text("exercises/cat-stretch-gentle/index.html"));
    }

    [Fact]
    public void New_section_takes_the_next_free_number_and_builds_into_a_page_in_the_menu()
    {
        using var site = new SiteCopy();

        var (code, stdout, _) = Run("new", "section", "Sleeping positions", "--input", site.Input);

        Assert.Equal(0, code);
        Assert.Contains("Created " + site.Input + "/sections/06-sleeping-positions.md.", stdout);
        var text = File.ReadAllText(Path.Combine(site.Input, "sections/06-sleeping-positions.md"));
        Assert.Contains("order: 6", text);
        var result = new SiteBuilder().Build(site.Options());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<h1>Sleeping positions</h1>", result.Text("sleeping-positions/index.html"));
        Assert.Contains("href=\"/sleeping-positions/\"", result.Text("index.html"));
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_file()
    {
        using var site = new SiteCopy();
        var before = File.ReadAllText(Path.Combine(site.Input, "exercises/bird-dog.yml"));

        var (code, _, stderr) = Run("new", "exercise", "Bird dog", "--input", site.Input);

        Assert.Equal(1, code);
        Assert.Contains("exercises/bird-dog.yml already exists; nothing was written.", stderr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Input, "exercises/bird-dog.yml")));
    }

    [Fact]
    public void New_without_a_kind_and_name_is_a_usage_error()
    {
        var (code, _, stderr) = Run("new", "exercise");

        Assert.Equal(2, code);
        Assert.Contains("new exercise \"Cat stretch\"", stderr);
    }
}
