using System.Collections.Concurrent;
using System.Net;
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

    /// <inheritdoc />
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        _accessors is null ? base.GetMemberAccessorImpl(target) : _accessors.GetOrAdd(target.GetType(), (_, t) => Unshared(t), target);

    /// <summary>Scriban's accessor, which depends on the type only (the member filter and renamer are never changed here).</summary>
    private IObjectAccessor Unshared(object target) => base.GetMemberAccessorImpl(target) ?? NullAccessor.Default;

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
