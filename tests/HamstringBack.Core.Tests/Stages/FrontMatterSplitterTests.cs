using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;

namespace HamstringBack.Core.Tests.Stages;

public sealed class FrontMatterSplitterTests
{
    [Fact]
    public void Splits_yaml_from_body_and_knows_the_body_line()
    {
        var bag = new DiagnosticBag();
        var parts = FrontMatterSplitter.Split(new SourceFile("a.md", "a.md", "---\ntitle: A\norder: 1\n---\n\n## Hi\n"), bag);

        Assert.NotNull(parts);
        Assert.Equal("title: A\norder: 1\n", parts.Yaml);
        Assert.Equal(2, parts.YamlFirstLine);
        Assert.Equal(5, parts.BodyFirstLine);
        Assert.Equal("\n## Hi\n", parts.Body);
        Assert.False(bag.HasErrors);
    }

    [Theory]
    [InlineData("## No front matter\n", "HB0202")]
    [InlineData("---\ntitle: A\n\nBody\n", "HB0201")]
    public void Reports_missing_or_unclosed_front_matter(string text, string code)
    {
        var bag = new DiagnosticBag();

        Assert.Null(FrontMatterSplitter.Split(new SourceFile("a.md", "a.md", text), bag));
        Assert.Equal(code, Assert.Single(bag.ToSortedList()).Code);
    }
}
