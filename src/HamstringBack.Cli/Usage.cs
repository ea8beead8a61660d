namespace HamstringBack.Cli;

/// <summary>The help text.</summary>
public static class Usage
{
    public const string Text = """
        HamstringBack: builds the HamstringBack health site from input/ and theme/ into output/.

        Usage: dotnet run --project src/HamstringBack.Cli -- <command> [options]

        Commands:
          build      Build the site into the output folder (replaced only when the build succeeds).
          help       Show this text.

        Options:
          --input DIR      Content folder (default: input)
          --theme DIR      Theme folder (default: theme)
          --output DIR     Where the site is written (default: output)
          --base-url URL   Published address of the site; overrides base_url in input/site.yml
          --quiet          Print only problems
          --verbose        Also print how long each stage took
          -h, --help       Show this text

        Exit codes: 0 success, 1 content errors (listed as file(line,col): error CODE: message), 2 usage errors.
        """;
}
