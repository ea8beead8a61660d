using HamstringBack.Core.Render;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HamstringBack.Core.Tests.Stages;

public sealed class HtmlTemplateContextTests
{
    private static string Render(string template, object value)
    {
        var context = new HtmlTemplateContext();
        context.PushGlobal(new ScriptObject { ["v"] = value });
        return Template.Parse(template).Render(context);
    }

    [Fact]
    public void Escapes_text_written_by_a_template()
    {
        Assert.Equal("<p>&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</p>", Render("<p>{{ v }}</p>", "<script>x</script> & \"q\""));
    }

    [Fact]
    public void Escapes_text_in_attributes()
    {
        Assert.Equal("<a title=\"&quot; onclick=&quot;x\">", Render("<a title=\"{{ v }}\">", "\" onclick=\"x"));
    }

    [Fact]
    public void Writes_raw_html_as_it_is()
    {
        Assert.Equal("<p><em>ok</em></p>", Render("<p>{{ v }}</p>", new RawHtml("<em>ok</em>")));
    }

    [Fact]
    public void Escapes_lists_and_other_objects_too()
    {
        Assert.DoesNotContain("<b>", Render("{{ v }}", new[] { "<b>" }), StringComparison.Ordinal);
    }

    [Fact]
    public void Contexts_sharing_builtins_can_use_them_but_not_change_them_for_each_other()
    {
        var builtins = HtmlTemplateContext.ReadOnlyBuiltins();
        var first = new HtmlTemplateContext(builtins);
        var second = new HtmlTemplateContext(builtins);

        Assert.Equal("A-B", Template.Parse("{{ \"a-b\" | string.upcase }}").Render(first));
        Assert.Throws<ScriptRuntimeException>(() => Template.Parse("{{ string.upcase = 1 }}").Render(first));
        Assert.Equal("C", Template.Parse("{{ \"c\" | string.upcase }}").Render(second));
    }
}
