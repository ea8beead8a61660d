using System.Text;

namespace HamstringBack.Core.Schema;

/// <summary>Writes a <see cref="KeySchema"/> as the Markdown key table of README.md and docs/editing.md.</summary>
public static class KeyTableWriter
{
    /// <summary>One row per key: name, whether it is required, its value, what it means and an example.</summary>
    public static string Write(KeySchema schema)
    {
        var table = new StringBuilder();
        table.Append("| key | required | value | meaning | example |\n");
        table.Append("|---|---|---|---|---|\n");
        foreach (var key in schema.Keys)
        {
            table.Append($"| `{key.Name}` | {(key.Required ? "yes" : string.Empty)} | {KeyDescriber.Describe(key, code: true)} | {Cell(key.Help)} | `{Cell(key.Example)}` |\n");
        }

        return table.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
