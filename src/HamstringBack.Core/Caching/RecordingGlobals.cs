using HamstringBack.Core.Render;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace HamstringBack.Core.Caching;

/// <summary>
/// Template globals that note, in the rendering page's <see cref="PageReads"/> if it records any, which globals its
/// templates read and which they set (issue 13). Without a recording page they are plain globals.
/// </summary>
internal sealed class RecordingGlobals : ScriptObject
{
    /// <summary>
    /// Without Scriban's import of this type's static members (it has none), which a subclass of ScriptObject does by
    /// reflection on every construction: one set of page globals is made for every page of every build (issue 16).
    /// </summary>
    public RecordingGlobals()
        : base(4, autoImportStaticsFromThisType: false)
    {
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var found = base.TryGetValue(context, span, member, out value);
        if (found && context is HtmlTemplateContext { Reads: { } reads })
        {
            reads.Global(member);
        }

        return found;
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (context is HtmlTemplateContext { Reads: { } reads })
        {
            reads.Set(member);
        }

        return base.TrySetValue(context, span, member, value, readOnly);
    }
}
