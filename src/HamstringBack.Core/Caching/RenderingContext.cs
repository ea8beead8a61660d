using System.Security.Cryptography;
using System.Text;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;
using HamstringBack.Core.Render;

namespace HamstringBack.Core.Caching;

/// <summary>
/// A hash of everything a Markdown body is rendered with besides its own text: the settings (the links' base path),
/// the name of every input file (the pages and images links may lead to), the text of every exercise (whose facts
/// a body may insert), the theme's strings (the words inserts are written in), and whether syntax trees are kept.
/// A parsed content file is reused only while it is the same.
/// </summary>
internal static class RenderingContext
{
    public static string Of(SiteSettings? settings, InputSet input, bool keepSyntax, ThemeStrings? strings)
    {
        var text = new StringBuilder().Append(settings).Append('\0').Append(keepSyntax).Append('\0').Append(strings?.Fingerprint).Append('\0');
        foreach (var file in new[] { input.Home }.OfType<SourceFile>().Concat(input.Sections).Concat(input.Pages).Concat(input.Exercises))
        {
            text.Append(file.RelativePath).Append('\0');
        }

        foreach (var exercise in input.Exercises)
        {
            text.Append(exercise.Text).Append('\0');
        }

        foreach (var image in input.Images)
        {
            text.Append("images/").Append(image.Name).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
