using System.Security.Cryptography;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;
using Scriban;
using Scriban.Parsing;

namespace HamstringBack.Core.Render;

/// <summary>
/// Reads theme/: templates/**.sbn (parsed once), assets/* (renamed with a content hash for long caching)
/// and static/* (copied to the site root as they are, e.g. the service worker).
/// </summary>
public static class ThemeLoader
{
    /// <summary>Loads the theme, reporting template syntax errors with their positions.</summary>
    public static Theme? Load(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        var display = displayRoot.Replace('\\', '/').TrimEnd('/');
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var templateRoot = Path.Combine(root, "templates");
        foreach (var file in Files(templateRoot).Where(f => f.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            var name = Relative(templateRoot, file)[..^4];
            var path = $"{display}/templates/{name}.sbn";
            var text = TextDecoder.Decode(path, File.ReadAllBytes(file), diagnostics);
            if (text is null)
            {
                continue;
            }

            var template = Template.Parse(text, path);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Add(Errors.TemplateSyntax(new SourceLocation(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message));
            }

            templates[name] = template;
        }

        var files = new List<OutputFile>();
        var assetUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        var assetRoot = Path.Combine(root, "assets");
        foreach (var file in Files(assetRoot))
        {
            var relative = Relative(assetRoot, file);
            var bytes = File.ReadAllBytes(file);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(relative);
            var sitePath = $"assets/{relative[..^extension.Length]}.{hash}{extension}";
            assetUrls[relative] = sitePath;
            files.Add(new OutputFile(sitePath, bytes));
        }

        var staticRoot = Path.Combine(root, "static");
        files.AddRange(Files(staticRoot).Select(f => new OutputFile(Relative(staticRoot, f), File.ReadAllBytes(f))));
        return diagnostics.HasErrors ? null : new Theme(templates, assetUrls, files);
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
