using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HamstringBack.Core.Caching;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HamstringBack.Core.Render;

/// <summary>
/// The template function <c>partial_each NAME LIST</c>: the partial NAME rendered for each element of LIST, which it
/// sees as <c>item</c>, one after another. The partial sees <c>item</c> and the site-wide variables only, not the
/// page's, so an element is rendered the same on every page: once per build, then reused (Hugo's partialCached;
/// issue 16: the section menu of a 10,000-page site is the same on all of a group's pages but for the current link,
/// an element of its own).
/// </summary>
/// <param name="partial">The theme's partial of a name ("section-nav-item"), or a template error.</param>
/// <param name="newContext">
/// A context for rendering with the site-wide variables and the given ones, noting what it reads in the given
/// <see cref="PageReads"/> if any. What an element's rendering read is kept with it and counts as read by every
/// page that reuses it (issue 13: the page memo re-renders a page when something it read changes).
/// </param>
/// <param name="reuse">Takes back a context whose rendering succeeded, for another element or page.</param>
/// <param name="maxDepth">How deep partials may nest.</param>
internal sealed class PartialEach(
    Func<TemplateContext, string, Template> partial,
    Func<ScriptObject, PageReads?, HtmlTemplateContext> newContext,
    Action<HtmlTemplateContext> reuse,
    int maxDepth)
    : IScriptCustomFunction
{
    /// <summary>Each partial's rendering of each element, by the element itself (not by equality), for as long as it lives.</summary>
    private readonly ConcurrentDictionary<string, ConditionalWeakTable<object, Rendering>> _rendered = new(StringComparer.Ordinal);

    public int RequiredParameterCount => 2;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(string), "name") : new(typeof(IEnumerable), "list");

    /// <summary>Renders (or reuses) the partial for each element of the list and joins the results.</summary>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 2)
        {
            throw new ScriptRuntimeException(span, $"partial_each takes a partial's name and a list, not {arguments.Count} arguments");
        }

        var name = (string?)context.ToObject(span, arguments[0], typeof(string)) ?? string.Empty;
        var template = partial(context, name);
        if (arguments[1] is not IEnumerable list || arguments[1] is string)
        {
            throw new ScriptRuntimeException(span, $"partial_each \"{name}\" needs a list, not {context.GetTypeName(arguments[1])}");
        }

        var depth = ((HtmlTemplateContext)context).PartialDepth + 1;
        if (depth > maxDepth)
        {
            throw new ScriptRuntimeException(span, $"partials include each other more than {maxDepth} levels deep");
        }

        var rendered = _rendered.GetOrAdd(name, _ => new ConditionalWeakTable<object, Rendering>());
        var reads = ((HtmlTemplateContext)context).Reads;
        var asItIs = ChunkedHtml.WrittenAsItIs(context, callerContext);
        var html = new ChunkedHtml(writtenOnce: asItIs);
        foreach (var item in list)
        {
            var one = Rendered(template, rendered, item, depth, reads);
            html.Add(one, 0, one.Length);
        }

        // Written out as it is, the elements' kept renderings are written one by one, not joined into a string first.
        return asItIs ? html : new RawHtml(html.ToString());
    }

    /// <summary>The same call; template functions do no I/O, so there is nothing to wait for.</summary>
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private string Rendered(Template template, ConditionalWeakTable<object, Rendering> rendered, object? item, int depth, PageReads? pageReads)
    {
        // Objects a template made (or changed) are rendered every time: only the build's own records cannot change.
        var reusable = item is not null and not IScriptObject and not ScriptArray;
        if (reusable && rendered.TryGetValue(item!, out var done) && (pageReads is null || done.Reads is not null))
        {
            pageReads?.Add(done.Reads!);
            return done.Html;
        }

        var reads = pageReads is null ? null : new PageReads();
        var context = newContext(new ScriptObject { ["item"] = item }, reads);
        context.PartialDepth = depth;
        var html = template.Render(context);
        reuse(context);
        if (reads is not null)
        {
            pageReads!.Add(reads);
        }

        if (reusable)
        {
            rendered.AddOrUpdate(item!, new Rendering(html, reads));
        }

        return html;
    }

    /// <summary>An element's HTML, and what rendering it read (null when nothing was noted).</summary>
    private sealed record Rendering(string Html, PageReads? Reads);
}
