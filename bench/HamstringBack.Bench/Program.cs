using HamstringBack.Bench;

return args switch
{
    ["corpus", var count, var folder] when int.TryParse(count, out var n) && n > 0 => CorpusWriter.Write(n, folder),
    ["rebuild", var input, var theme, var output, .. var rest] => RebuildBenchmark.Run(input, theme, output, rest.Length > 0 ? int.Parse(rest[0]) : 100),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: hamstringback-bench corpus N FOLDER
                 writes FOLDER/input (our input format) and FOLDER/hugo (the same pages as a Hugo site)
               hamstringback-bench rebuild INPUT THEME OUTPUT [RUNS]
                 starts the preview on INPUT in process, then edits one section RUNS times and times each
                 save until the new page is served; prints the times and memory (OUTPUT is unused)
        """);
    return 2;
}
