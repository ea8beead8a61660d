using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace HamstringBack.Core.Caching;

/// <summary>Reads members as <paramref name="inner"/> does, noting each member read in <paramref name="reads"/> (issue 13).</summary>
internal sealed class RecordingAccessor(IObjectAccessor inner, PageReads reads) : IObjectAccessor
{
    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target)
    {
        reads.Whole(target.GetType());
        return inner.GetMemberCount(context, span, target);
    }

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target)
    {
        reads.Whole(target.GetType());
        return inner.GetMembers(context, span, target);
    }

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member)
    {
        reads.Member(target.GetType(), member);
        return inner.HasMember(context, span, target, member);
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        reads.Member(target.GetType(), member);
        return inner.TryGetValue(context, span, target, member, out value);
    }

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        reads.Whole(target.GetType());
        return inner.TryGetItem(context, span, target, index, out value);
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        inner.TrySetValue(context, span, target, member, value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        inner.TrySetItem(context, span, target, index, value);
}
