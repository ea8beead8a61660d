using System.Text.RegularExpressions;
using System.Xml;
using HamstringBack.Core.Diagnostics;

namespace HamstringBack.Core.Load;

/// <summary>
/// Checks an SVG drawing when it is read, with the XML reader (no DTD, so no entities): a drawing is copied to the
/// site as it is and a browser opening it runs any script in it, so anything that can run code, show another document
/// or fetch from elsewhere is an error, located at its line and column. Nothing is removed silently: the author
/// sees what their drawing program put in and decides.
/// </summary>
public static partial class SvgChecker
{
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    private const int LongestValueShown = 60;

    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler",
    };

    private static readonly HashSet<string> ReferenceAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src" };

    private static readonly string[] ScriptingSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>Reports every problem in the drawing; true when there is none.</summary>
    public static bool Check(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true };
        var problems = new List<Diagnostic>();
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var lines = (IXmlLineInfo)reader;
        SourceLocation At() => new(path, lines.LineNumber, lines.LinePosition);
        try
        {
            var inStyle = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        CheckElement(reader, At, problems);
                        inStyle = reader.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase) && !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.EndElement:
                        inStyle = false;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle:
                        CheckStyle(At(), "style", "style sheet", reader.Value, problems);
                        break;
                    case XmlNodeType.ProcessingInstruction:
                        problems.Add(Errors.SvgInstruction(At(), reader.Name));
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            problems.Add(Doctype(path, bytes, e) is { } doctype
                ? Errors.SvgDoctype(doctype)
                : Errors.SvgMalformed(new SourceLocation(path, Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1)), WithoutPosition(e.Message)));
        }

        diagnostics.AddRange(problems);
        return problems.Count == 0;
    }

    private static void CheckElement(XmlReader reader, Func<SourceLocation> at, List<Diagnostic> problems)
    {
        var element = reader.Name;
        if (ForbiddenElements.Contains(reader.LocalName) || reader.NamespaceURI == XhtmlNamespace)
        {
            problems.Add(Errors.SvgElement(at(), element));
        }

        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI == "http://www.w3.org/2000/xmlns/")
            {
                continue;
            }

            CheckAttribute(at(), element, reader.Name, reader.LocalName, reader.Value, problems);
        }

        reader.MoveToElement();
    }

    private static void CheckAttribute(SourceLocation at, string element, string name, string localName, string value, List<Diagnostic> problems)
    {
        var plain = Plain(value);
        if (localName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Errors.SvgEventAttribute(at, element, name));
        }
        else if (localName.Equals("attributeName", StringComparison.OrdinalIgnoreCase) &&
            (plain.StartsWith("on", StringComparison.Ordinal) || ReferenceAttributes.Contains(plain.Split(':')[^1])))
        {
            // <set attributeName="href" to="..."> or attributeName="onclick" changes a link or handler while the drawing runs.
            problems.Add(Errors.SvgEventAttribute(at, element, $"{name}=\"{value}\""));
        }
        else if (ReferenceAttributes.Contains(localName) && !IsOwnPart(value))
        {
            problems.Add(Errors.SvgReference(at, element, name, Shorten(value)));
        }
        else if (ScriptingSchemes.Any(s => plain.StartsWith(s, StringComparison.Ordinal)))
        {
            problems.Add(Errors.SvgReference(at, element, name, Shorten(value)));
        }
        else
        {
            CheckStyle(at, element, name, value, problems);
        }
    }

    /// <summary>url(...) in a style sheet, a style attribute or a value like fill="url(#shade)" must be #id.</summary>
    private static void CheckStyle(SourceLocation at, string element, string what, string css, List<Diagnostic> problems)
    {
        foreach (Match url in Url().Matches(css))
        {
            if (!IsOwnPart(url.Groups["target"].Value))
            {
                problems.Add(Errors.SvgReference(at, element, what, Shorten(url.Value)));
            }
        }

        // @import loads another style sheet; a backslash escape could spell url( so that the search above misses it.
        foreach (var risky in new[] { css.IndexOf("@import", StringComparison.OrdinalIgnoreCase), css.IndexOf('\\') }.Where(i => i >= 0))
        {
            problems.Add(Errors.SvgReference(at, element, what, Shorten(css[risky..].Trim())));
        }
    }

    private static bool IsOwnPart(string reference)
    {
        var trimmed = reference.Trim();
        return trimmed.Length == 0 || trimmed.StartsWith('#');
    }

    /// <summary>The value as a browser reads a URL scheme: lower case, without the spaces and control characters it ignores.</summary>
    private static string Plain(string value) =>
        new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();

    private static string Shorten(string value) =>
        value.Length <= LongestValueShown ? value : value[..LongestValueShown] + "...";

    /// <summary>
    /// Where the &lt;!DOCTYPE&gt; is when the reader stopped at it (DtdProcessing.Prohibit refuses it without saying
    /// where); null when the reader stopped for another reason.
    /// </summary>
    private static SourceLocation? Doctype(string path, byte[] bytes, XmlException e)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var index = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (index < 0 || e.LineNumber > 0)
        {
            return null;
        }

        var before = text.AsSpan(0, index);
        var line = before.Count('\n') + 1;
        return new SourceLocation(path, line, index - before.LastIndexOf('\n'));
    }

    /// <summary>The XML reader's message without its own " Line n, position m." (the diagnostic has the position).</summary>
    private static string WithoutPosition(string message) => Position().Replace(message, string.Empty).TrimEnd('.', ' ');

    [GeneratedRegex(@"url\(\s*(?<quote>['""]?)(?<target>.*?)\k<quote>\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?$")]
    private static partial Regex Position();
}
