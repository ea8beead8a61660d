using HamstringBack.Core.Tests.Support;

namespace HamstringBack.Core.Tests;

/// <summary>bench/theme (the one-layout theme bench/run.sh times against Hugo) must build any valid input, the real one included.</summary>
public sealed class BenchThemeTests
{
    [Fact]
    public void The_bench_theme_builds_the_real_input_with_a_page_for_every_page_of_the_real_theme()
    {
        var bench = new SiteBuilder().Build(new BuildOptions(RepoPaths.Input, Path.Combine(RepoPaths.Root, "bench", "theme")));
        var real = new RealSite().Result;

        Assert.True(bench.Succeeded, string.Join("\n", bench.Diagnostics));
        var pages = bench.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        // All but the browser editor's page (admin/, issue 18), which the bench theme leaves out (it has no admin template).
        Assert.Equal(real.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal)).Select(f => f.Path), pages);
        Assert.Contains("<h1>Bird-dog</h1>", bench.Text("exercises/bird-dog/index.html")!, StringComparison.Ordinal);
    }
}
