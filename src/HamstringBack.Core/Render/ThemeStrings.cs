using Scriban.Runtime;

namespace HamstringBack.Core.Render;

/// <summary>
/// The words of theme/strings.yml by key (<see cref="Schema.ThemeSchema.Strings"/>): every key the schema declares
/// is present, as the loader refuses a file that lacks one.
/// </summary>
public sealed class ThemeStrings(IReadOnlyDictionary<string, string> words)
{
    /// <summary>The words under <paramref name="key"/>, with each {name} in them replaced by its value in <paramref name="facts"/>.</summary>
    public string this[string key, params (string Name, object Value)[] facts]
    {
        get
        {
            var text = words[key];
            foreach (var (name, value) in facts)
            {
                text = text.Replace("{" + name + "}", value.ToString(), StringComparison.Ordinal);
            }

            return text;
        }
    }

    /// <summary>Every key and its words as they are written (with their {name} holes), for templates: <c>strings.per_day_once</c>.</summary>
    public ScriptObject ForTemplates()
    {
        var all = new ScriptObject();
        foreach (var (key, text) in words)
        {
            all[key] = text;
        }

        return all;
    }

    /// <summary>Every key and its words, in key order: what a page rendered with these strings depends on.</summary>
    internal string Fingerprint => string.Join('\0', words.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key + "=" + w.Value));
}
