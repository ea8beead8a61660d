using System.Security.Cryptography;
using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Model;
using Scriban;
using Scriban.Parsing;

namespace HamstringBack.Core.Render;

/// <summary>
/// Reads theme/: templates/**.sbn (parsed once), assets/* (renamed with a content hash for long caching)
/// and static/* (copied to the site root, e.g. the service worker). Scripts in both are minified on the way
/// (<see cref="ScriptMinifier"/>); static/js/ holds ES modules, every other script is a classic script.
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
            var text = ReadBytes(file, path, diagnostics) is { } bytes ? TextDecoder.Decode(path, bytes, diagnostics) : null;
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
            var bytes = Read(file, $"{display}/assets/{relative}", module: false, diagnostics);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(relative);
            var sitePath = $"assets/{relative[..^extension.Length]}.{hash}{extension}";
            assetUrls[relative] = sitePath;
            files.Add(new OutputFile(sitePath, bytes));
        }

        var staticRoot = Path.Combine(root, "static");
        foreach (var file in Files(staticRoot))
        {
            var relative = Relative(staticRoot, file);
            files.Add(new OutputFile(relative, Read(file, $"{display}/static/{relative}", relative.StartsWith("js/", StringComparison.Ordinal), diagnostics)));
        }

        return diagnostics.HasErrors ? null : new Theme(templates, assetUrls, files);
    }

    /// <summary>A theme file's bytes, minified when it is a script (empty when the script has errors).</summary>
    private static byte[] Read(string file, string displayPath, bool module, DiagnosticBag diagnostics)
    {
        if (ReadBytes(file, displayPath, diagnostics) is not { } bytes)
        {
            return [];
        }

        if (!file.EndsWith(".js", StringComparison.Ordinal))
        {
            return bytes;
        }

        var text = TextDecoder.Decode(displayPath, bytes, diagnostics);
        return text is null ? [] : ScriptMinifier.Minify(displayPath, text, module, diagnostics) ?? [];
    }

    /// <summary>The bytes of a theme file, or null when the file system refuses them (a link to nothing, a loop of links, no permission).</summary>
    private static byte[]? ReadBytes(string file, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Errors.FileUnreadable(displayPath, e.Message));
            return null;
        }
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
