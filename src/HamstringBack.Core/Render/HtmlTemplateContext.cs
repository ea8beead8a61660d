using System.Collections.Concurrent;
using System.Net;
using HamstringBack.Core.Caching;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

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

    /// <summary>
    /// A context that also shares how members of each type are read (<paramref name="accessors"/>): Scriban looks a
    /// type's properties up by reflection once per context, which cost more than the lookups themselves when every
    /// page and every <see cref="PartialEach"/> element has a context of its own (issue 16).
    /// </summary>
    public HtmlTemplateContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor> accessors)
        : base(builtins)
    {
        _accessors = accessors;
    }

    private readonly ConcurrentDictionary<Type, IObjectAccessor>? _accessors;

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
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = _accessors is null ? base.GetMemberAccessorImpl(target) : _accessors.GetOrAdd(target.GetType(), (_, t) => Unshared(t), target);
        return Reads is null || accessor is null ? accessor : new RecordingAccessor(accessor, Reads);
    }

    /// <summary>Scriban's accessor, which depends on the type only (the member filter and renamer are never changed here).</summary>
    private IObjectAccessor Unshared(object target) => base.GetMemberAccessorImpl(target) ?? NullAccessor.Default;

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            return base.Write(span, raw.Value);
        }

        if (textAsObject is ChunkedHtml chunked)
        {
            chunked.WriteTo(this);
            return this;
        }

        if (textAsObject is null)
        {
            return this;
        }

        var text = textAsObject as string ?? ObjectToString(textAsObject);
        return base.Write(span, WebUtility.HtmlEncode(text));
    }
}
