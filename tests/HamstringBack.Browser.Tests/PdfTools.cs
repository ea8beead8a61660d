using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HamstringBack.Browser.Tests;

/// <summary>Reads PDFs and images with poppler-utils (pdfinfo, pdftotext, pdftoppm) and zbar-tools (zbarimg).</summary>
public static partial class PdfTools
{
    /// <summary>Each page's size in points, as pdfinfo reports it.</summary>
    public static IReadOnlyList<(double Width, double Height)> PageSizes(string pdf)
    {
        var info = Run("pdfinfo", "-f", "1", "-l", "9999", pdf);
        return PageSizeLine().Matches(info)
            .Select(m => (Parse(m.Groups[1].Value), Parse(m.Groups[2].Value)))
            .ToList();
    }

    /// <summary>
    /// The text of page <paramref name="page"/> (from 1) in the order it was drawn (Chromium draws in document order,
    /// so text beside a floated QR code stays in one piece), with whitespace runs made single spaces.
    /// </summary>
    public static string PageText(string pdf, int page) => Normalise(Run("pdftotext", "-raw", "-f", Str(page), "-l", Str(page), pdf, "-"));

    /// <summary>Renders one page to PNG at <paramref name="dpi"/> and returns the PNG's path.</summary>
    public static string RenderPng(string pdf, int page, int dpi)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-p" + Str(page));
        Run("pdftoppm", "-f", Str(page), "-l", Str(page), "-r", Str(dpi), "-png", "-singlefile", pdf, prefix);
        return prefix + ".png";
    }

    /// <summary>Every QR code zbarimg finds in an image, decoded.</summary>
    public static IReadOnlyList<string> DecodeQrCodes(string png) =>
        Run("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Text as it is compared: single spaces, and no space after a hyphen where a line broke.</summary>
    public static string Normalise(string text) => HyphenBreak().Replace(Whitespace().Replace(text, " "), "-").Trim();

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error.Result}");
    }

    private static double Parse(string number) => double.Parse(number, CultureInfo.InvariantCulture);

    private static string Str(int number) => number.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSizeLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=\w)- (?=\w)")]
    private static partial Regex HyphenBreak();
}
