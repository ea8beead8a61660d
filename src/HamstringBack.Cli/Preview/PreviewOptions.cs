namespace HamstringBack.Cli.Preview;

/// <summary>What `preview` serves: the input and theme folders, the port (0: any free one) and the netlify.toml whose headers it sends.</summary>
public sealed record PreviewOptions(string Input, string Theme, int Port, string? NetlifyToml);
