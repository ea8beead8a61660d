namespace HamstringBack.Cli;

/// <summary>The help text.</summary>
public static class Usage
{
    public const string Text = """
        HamstringBack: builds a health site from input/ and theme/ into output/.

        Usage: hamstringback <command> [options]
           or, in the repository: dotnet run --project src/HamstringBack.Cli -- <command> [options]

        Commands:
          preview                  Serve the site on http://localhost:PORT, rebuild and reload the page on every save.
          check                    Build in memory and check the built site (links, anchors, alt text, headings,
                                   review dates); lists every problem, writes nothing. Exit 1 on errors.
          new exercise "Name"      Write input/exercises/<name>.yml, a commented starter that builds.
          new section "Title"      Write input/sections/NN-<title>.md at the next free number; with --group NAME,
                                   in that group's folder (a new group when there is none of that name).
          new site DIR             Start a site in DIR (empty or new): input/ on an example topic to replace,
                                   theme/, netlify.toml and a README.
          build                    Build the site into the output folder (replaced only when the build succeeds),
                                   with its search index (installs pagefind with npm ci on first use).
          help                     Show this text.

        Options:
          --input DIR      Content folder (default: input)
          --theme DIR      Theme folder (default: theme, or the program's own theme when there is none)
          --output DIR     Where the site is written (default: output); replaced only when empty or built before
          --base-url URL   Published address of the site; overrides base_url in input/site.yml
          --port N         Port for preview (default: 5080; 0 picks a free one)
          --group NAME     new section: the group to put it in, e.g. back-pain or 02-back-pain
          --quiet          Print only problems
          --verbose        Also print how long each stage took
          --no-search      build: skip the search index (the search page then lists every page)
          -h, --help       Show this text

        The editor's guide, with every key and error code: docs/editing.md.
        Exit codes: 0 success, 1 content errors (listed as file(line,col): error CODE: message), 2 usage errors.
        """;
}
