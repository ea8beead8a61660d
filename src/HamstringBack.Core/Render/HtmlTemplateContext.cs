using System.Net;
using HamstringBack.Core.Caching;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace HamstringBack.Core.Render;

/// <summary>
/// A Scriban context that HTML-escapes everything a template writes with <c>{{ ... }}</c>, except
/// <see cref="RawHtml"/> values. Content can therefore never inject markup, whatever a template forgets.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>A context with its own builtin functions (string, array, ...).</summary>
    public HtmlTemplateContext()
    {
    }

    /// <summary>
    /// A context sharing <paramref name="builtins"/> from <see cref="ReadOnlyBuiltins"/>: building Scriban's builtin
    /// functions costs more than rendering a small page, so a build makes them once for all its pages.
    /// </summary>
    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    /// <summary>Scriban's builtin functions, read-only so pages rendering in parallel cannot change them for each other.</summary>
    public static ScriptObject ReadOnlyBuiltins()
    {
        var builtins = new BuiltinFunctions();
        foreach (var group in builtins.Values.OfType<ScriptObject>())
        {
            group.IsReadOnly = true;
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>How deep partials are nested right now, to stop a partial that includes itself.</summary>
    public int PartialDepth { get; set; }

    /// <summary>Where to note what the templates read (issue 13: the preview's page memo); null notes nothing.</summary>
    internal PageReads? Reads { get; init; }

    /// <inheritdoc />
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return Reads is null || accessor is null ? accessor : new RecordingAccessor(accessor, Reads);
    }

    /// <inheritdoc />
    public override string? ObjectToString(object? value, bool nested = false)
    {
        // An object written out as text shows every member.
        if (Reads is not null && value is not (null or string or ValueType or RawHtml))
        {
            Reads.Whole(value.GetType());
        }

        return base.ObjectToString(value, nested);
    }

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
