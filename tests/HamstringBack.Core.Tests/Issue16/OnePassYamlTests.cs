using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using YamlDotNet.RepresentationModel;

namespace HamstringBack.Core.Tests.Issue16;

/// <summary>
/// Issue 16 (parse time at 10,000 pages): front matter is read once, its events going through the safety scan as the
/// model is loaded; anything the scan refuses falls back to the two-pass read, whose diagnostics are unchanged.
/// </summary>
public sealed class OnePassYamlTests
{
    [Fact]
    public void Issue_16_valid_front_matter_is_loaded_in_one_pass_into_the_same_mapping()
    {
        // Given valid front matter with nested values
        const string yaml = "title: Stretching\norder: 4\nsources:\n  - title: A study\n    url: https://example.org/a\n";

        // When it is read in one pass
        var mapping = YamlDocumentLoader.LoadInOnePass("s.md", yaml, 2);

        // Then it is the same mapping as the two-pass read gives
        Assert.NotNull(mapping);
        var diagnostics = new DiagnosticBag();
        Assert.Equal(Dump(YamlDocumentLoader.Load("s.md", yaml, 2, diagnostics)!), Dump(mapping));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("title: &a Stretching\nsummary: *a\n", "HB")]
    [InlineData("title: One\ntitle: Two\nsummary: x\n", "title")]
    [InlineData("title: \"bell \\a\"\n", "")]
    [InlineData("title: One\n---\ntitle: Two\n", "document")]
    [InlineData("title: [unclosed\n", "")]
    public void Issue_16_front_matter_the_scan_refuses_is_not_loaded_in_one_pass_and_keeps_its_diagnostic(string yaml, string inMessage)
    {
        // Given front matter with an anchor and alias, a duplicate key, an escaped control character, two documents, bad syntax
        // When it is read in one pass, then by the loader
        var onePass = YamlDocumentLoader.LoadInOnePass("s.md", yaml, 2);
        var diagnostics = new DiagnosticBag();
        var loaded = YamlDocumentLoader.Load("s.md", yaml, 2, diagnostics);

        // Then the one pass gives nothing, and the loader reports the problem at a line of the file, as before
        Assert.Null(onePass);
        Assert.Null(loaded);
        var error = Assert.Single(diagnostics.ToSortedList(), d => d.IsError);
        Assert.Contains(inMessage, error.ToString(), StringComparison.Ordinal);
        Assert.True(error.Line >= 2);
    }

    private static string Dump(YamlMappingNode mapping)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(mapping)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
