namespace HamstringBack.Core.Load;

/// <summary>A Markdown file split in two: its YAML front matter and its Markdown body.</summary>
/// <param name="YamlFirstLine">1-based line in the file where the YAML starts.</param>
/// <param name="BodyFirstLine">1-based line in the file where the body starts.</param>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
