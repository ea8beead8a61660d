using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Load;
using HamstringBack.Core.Schema;

namespace HamstringBack.Core.Render;

/// <summary>Reads theme/strings.yml (<see cref="ThemeSchema.Strings"/>) into <see cref="ThemeStrings"/>.</summary>
internal static class ThemeStringsLoader
{
    public const string FileName = "strings.yml";

    /// <summary>The theme's strings, or null after reporting what is wrong with the file.</summary>
    public static ThemeStrings? Load(SafeFolder folder, DiagnosticBag diagnostics)
    {
        var path = folder.Display(FileName);
        if (folder.KindOf(FileName) == FileKind.Missing)
        {
            diagnostics.Add(Errors.RequiredFileMissing(path));
            return null;
        }

        if (folder.Check(FileName, limit: null) is not { } info || folder.Read(info, FileName) is not { } bytes ||
            TextDecoder.Decode(path, bytes, diagnostics) is not { } text ||
            YamlDocumentLoader.Load(path, text, 1, diagnostics) is not { } mapping)
        {
            return null;
        }

        var fields = new YamlFields(mapping, path, 1, diagnostics);
        fields.RejectUnknownKeys(ThemeSchema.Strings);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in ThemeSchema.Strings.Keys)
        {
            if (fields.Text(key) is { } value)
            {
                words[key.Name] = value;
            }
        }

        return fields.Failed ? null : new ThemeStrings(words);
    }
}
