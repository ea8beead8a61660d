using HamstringBack.Core.Diagnostics;
using HamstringBack.Core.Model;
using YamlDotNet.RepresentationModel;

namespace HamstringBack.Core.Load;

/// <summary>
/// Reads input/jargon.yml: one line per word readers may not know, <c>word: plain explanation</c>
/// (<c>lumbar: lower back</c>). `check` warns (HB0607) when a page uses a word without explaining it.
/// </summary>
public static class JargonLoader
{
    /// <summary>The words in file order; null when the file has errors (all reported).</summary>
    public static IReadOnlyList<JargonTerm>? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        if (YamlDocumentLoader.Load(file.Path, file.Text, 1, diagnostics) is not { } mapping)
        {
            return null;
        }

        var terms = new List<JargonTerm>();
        foreach (var (key, value) in mapping.Children)
        {
            var at = YamlDocumentLoader.At(file.Path, 1, value.Start);
            if (key is not YamlScalarNode { Value: { Length: > 0 } word } || value is not YamlScalarNode { Value: { Length: > 0 } means })
            {
                diagnostics.Add(Errors.WrongType(at, key is YamlScalarNode k ? k.Value ?? "?" : "?", "a plain explanation, like lumbar: lower back", YamlDocumentLoader.Describe(value)));
                continue;
            }

            terms.Add(new JargonTerm(word.Trim(), means.Trim()));
        }

        return terms;
    }
}
