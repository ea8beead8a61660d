using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HamstringBack.Core.Render;

/// <summary>
/// A template function of one text argument (<c>link</c>, <c>absolute</c>, <c>asset</c>, <c>partial</c>), called by
/// Scriban directly rather than through reflection: faster, and safe in the ahead-of-time compiled build.
/// </summary>
/// <param name="name">The function's name, for its error messages.</param>
/// <param name="body">The function, given the context, the call (null when Scriban gives none) and the argument.</param>
public sealed class TemplateFunction(string name, Func<TemplateContext, ScriptNode?, string, object> body) : IScriptCustomFunction
{
    /// <summary>A function that needs only the context and the argument.</summary>
    public TemplateFunction(string name, Func<TemplateContext, string, object> body)
        : this(name, (context, _, text) => body(context, text))
    {
    }

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "value");

    /// <summary>Checks there is exactly one argument, converts it to text as Scriban does, and calls the body.</summary>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(span, $"{name} takes one argument, not {arguments.Count}");
        }

        var text = (string?)context.ToObject(span, arguments[0], typeof(string)) ?? string.Empty;
        return body(context, callerContext, text);
    }

    /// <summary>The same call; template functions do no I/O, so there is nothing to wait for.</summary>
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
