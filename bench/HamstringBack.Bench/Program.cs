using HamstringBack.Bench;

return args switch
{
    ["corpus", var count, var folder] when int.TryParse(count, out var n) && n > 0 => CorpusWriter.Write(n, folder),
    ["corpus", var count, var folder, var groups] when int.TryParse(count, out var n) && n > 0 && int.TryParse(groups, out var g) && g >= 0
        => CorpusWriter.Write(n, folder, g),
    ["rebuild", var input, var theme, var output, .. var rest] =>
        RebuildBenchmark.Run(input, theme, output, rest.Length > 0 ? int.Parse(rest[0]) : 100, rest.Length > 1 ? rest[1] : null),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: hamstringback-bench corpus N FOLDER [GROUPS]
                 writes FOLDER/input (our input format) and FOLDER/hugo (the same pages as a Hugo site);
                 with GROUPS, the pages are shared out among that many group folders (nested sections)
               hamstringback-bench rebuild INPUT THEME OUTPUT [RUNS [FILE]]
                 starts the preview on INPUT in process, then edits one section (or FILE, e.g. a CSS file or a
                 template of THEME) RUNS times and times each save until the first section's new page is
                 served; prints the times and memory (OUTPUT is unused)
        """);
    return 2;
}
