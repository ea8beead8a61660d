using System.Net;
using Scriban;
using Scriban.Parsing;

namespace HamstringBack.Core.Render;

/// <summary>
/// A Scriban context that HTML-escapes everything a template writes with <c>{{ ... }}</c>, except
/// <see cref="RawHtml"/> values. Content can therefore never inject markup, whatever a template forgets.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>How deep partials are nested right now, to stop a partial that includes itself.</summary>
    public int PartialDepth { get; set; }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            return base.Write(span, raw.Value);
        }

        if (textAsObject is null)
        {
            return this;
        }

        var text = textAsObject as string ?? ObjectToString(textAsObject);
        return base.Write(span, WebUtility.HtmlEncode(text));
    }
}
