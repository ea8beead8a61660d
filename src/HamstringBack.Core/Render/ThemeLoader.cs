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
/// admin/* (the browser editor's files, see <see cref="Admin.AdminSite"/>) is copied as it is: its bundle is minified already.
/// </summary>
public static class ThemeLoader
{
    /// <summary>Loads the theme, its strings included, reporting every problem (template syntax errors with their positions).</summary>
    public static Theme? Load(string root, string displayRoot, DiagnosticBag diagnostics) =>
        Load(root, displayRoot, Strings(root, displayRoot, diagnostics), diagnostics);

    /// <summary>
    /// theme/strings.yml alone, or null after reporting what is wrong with it: the build reads it with the input
    /// (the Markdown's dose words are the theme's) and loads the rest only when the input has no error.
    /// </summary>
    public static ThemeStrings? Strings(string root, string displayRoot, DiagnosticBag diagnostics) =>
        ThemeStringsLoader.Load(new SafeFolder(root, displayRoot, "theme", diagnostics), diagnostics);

    /// <summary>
    /// Loads the theme's templates, assets, static and editor files, reporting template syntax errors with their
    /// positions; null when any has an error or <paramref name="strings"/> (read by <see cref="Strings"/>) is null.
    /// </summary>
    public static Theme? Load(string root, string displayRoot, ThemeStrings? strings, DiagnosticBag diagnostics)
    {
        var folder = new SafeFolder(root, displayRoot, "theme", diagnostics);
        var templates = Templates(folder, diagnostics);
        var files = new List<OutputFile>();
        var assetUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in folder.List("assets", _ => true, recursive: true))
        {
            var relative = file["assets/".Length..];
            if (Read(folder, file, module: false, diagnostics) is not { } bytes)
            {
                continue;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(relative);
            var sitePath = $"assets/{relative[..^extension.Length]}.{hash}{extension}";
            assetUrls[relative] = sitePath;
            files.Add(new OutputFile(sitePath, bytes));
        }

        files.AddRange(StaticFiles(folder, diagnostics));
        var admin = folder.List("admin", _ => true, recursive: true)
            .Select(file => Bytes(folder, file) is { } bytes ? new OutputFile(file, bytes) : null)
            .OfType<OutputFile>()
            .ToList();
        return diagnostics.HasErrors || strings is null ? null : new Theme(templates, assetUrls, files, strings, displayRoot) { Admin = admin };
    }

    /// <summary>templates/**.sbn, parsed, by name without extension; reports syntax errors with their positions.</summary>
    private static Dictionary<string, Template> Templates(SafeFolder folder, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in folder.List("templates", f => f.EndsWith(".sbn", StringComparison.Ordinal), recursive: true))
        {
            var name = file["templates/".Length..^4];
            var path = folder.Display(file);
            if (Bytes(folder, file) is not { } bytes || TextDecoder.Decode(path, bytes, diagnostics) is not { } text)
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

        return templates;
    }

    /// <summary>static/*, copied to the site root as they are (scripts minified).</summary>
    private static IEnumerable<OutputFile> StaticFiles(SafeFolder folder, DiagnosticBag diagnostics)
    {
        foreach (var file in folder.List("static", _ => true, recursive: true))
        {
            var relative = file["static/".Length..];
            if (Read(folder, file, relative.StartsWith("js/", StringComparison.Ordinal), diagnostics) is { } bytes)
            {
                yield return new OutputFile(relative, bytes);
            }
        }
    }

    /// <summary>A theme file's bytes, minified when it is a script (empty when the script has errors); null when it cannot be read.</summary>
    private static byte[]? Read(SafeFolder folder, string file, bool module, DiagnosticBag diagnostics)
    {
        var bytes = Bytes(folder, file);
        if (bytes is null || !file.EndsWith(".js", StringComparison.Ordinal))
        {
            return bytes;
        }

        var displayPath = folder.Display(file);
        var text = TextDecoder.Decode(displayPath, bytes, diagnostics);
        return text is null ? [] : ScriptMinifier.Minify(displayPath, text, module, diagnostics) ?? [];
    }

    /// <summary>The bytes of an ordinary file inside theme/, or null after reporting why not (<see cref="SafeFolder"/>).</summary>
    private static byte[]? Bytes(SafeFolder folder, string file) =>
        folder.Check(file, limit: null) is { } info ? folder.Read(info, file) : null;
}
