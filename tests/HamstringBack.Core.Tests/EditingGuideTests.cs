using System.Text.RegularExpressions;
using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

public sealed partial class EditingGuideTests
{
    [Fact]
    public void The_editing_guide_explains_every_error_code_and_no_other()
    {
        var codes = Code().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "src/HamstringBack.Core/Diagnostics/Errors.cs")))
            .Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        var documented = Heading().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs/editing.md")))
            .Select(m => m.Groups[1].Value).ToList();

        Assert.True(codes.Count >= 40);
        Assert.Equal(codes, documented);
    }

    [Fact]
    public void The_readme_links_the_editing_guide()
    {
        Assert.Contains("[docs/editing.md](docs/editing.md)", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));
    }

    [GeneratedRegex("\"(HB[0-9]{4})\"")]
    private static partial Regex Code();

    [GeneratedRegex("(?m)^### (HB[0-9]{4})")]
    private static partial Regex Heading();
}
