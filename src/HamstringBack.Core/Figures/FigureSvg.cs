using System.Globalization;
using System.Text;
using System.Xml;

namespace HamstringBack.Core.Figures;

/// <summary>
/// Writes frames as SVG line art with an XML writer: inline figures drawn in <c>currentColor</c> (so they follow
/// the page's text colour, light or dark) and a 1200×630 Open Graph picture. Same frame in, same bytes out.
/// </summary>
public static class FigureSvg
{
    private const string Ns = "http://www.w3.org/2000/svg";
    private const double Pad = 6;

    /// <summary>One frame as an inline &lt;svg&gt; element sized to <paramref name="bounds"/> (shared by an exercise's frames).</summary>
    /// <param name="label">The picture's text alternative; empty for a picture that the text beside it already describes.</param>
    public static string Inline(FigureScene scene, (Vec Min, Vec Max) bounds, string label)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            var (x, y, w, h) = Box(bounds);
            xml.WriteStartElement("svg", Ns);
            xml.WriteAttributeString("class", "figure");
            xml.WriteAttributeString("viewBox", $"{N(x)} {N(y)} {N(w)} {N(h)}");
            if (label.Length > 0)
            {
                xml.WriteAttributeString("role", "img");
                xml.WriteAttributeString("aria-label", label);
            }
            else
            {
                xml.WriteAttributeString("aria-hidden", "true");
            }

            Drawing(xml, scene, x, w);
            xml.WriteEndElement();
        }

        return text.ToString();
    }

    /// <summary>One frame as a file of its own, on white, for an &lt;img&gt; (the guided session's pictures).</summary>
    public static byte[] Standalone(FigureScene scene, (Vec Min, Vec Max) bounds)
    {
        var (x, y, w, h) = Box(bounds);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartElement("svg", Ns);
            xml.WriteAttributeString("viewBox", $"{N(x)} {N(y)} {N(w)} {N(h)}");
            Element(xml, "rect", ("x", N(x)), ("y", N(y)), ("width", N(w)), ("height", N(h)), ("fill", "#ffffff"));
            xml.WriteStartElement("g", Ns);
            xml.WriteAttributeString("color", "#1a1a1a");
            Drawing(xml, scene, x, w);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>A 1200×630 picture for link previews: the frame on white, with the exercise's name above it.</summary>
    public static byte[] OpenGraph(FigureScene scene, string title, string siteTitle)
    {
        var bounds = scene.Bounds();
        var (x, y, w, h) = Box(bounds);
        var scale = Math.Min(1100 / w, 440 / h);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartElement("svg", Ns);
            xml.WriteAttributeString("width", "1200");
            xml.WriteAttributeString("height", "630");
            xml.WriteAttributeString("viewBox", "0 0 1200 630");
            Element(xml, "rect", ("width", "1200"), ("height", "630"), ("fill", "#ffffff"));
            Element(xml, "rect", ("width", "1200"), ("height", "16"), ("fill", "#1d5c63"));
            Text(xml, 50, 100, 60, "700", title);
            Text(xml, 50, 150, 30, "400", siteTitle);
            xml.WriteStartElement("g", Ns);
            xml.WriteAttributeString("color", "#1a1a1a");
            var dx = 600 - (w * scale / 2);
            var dy = 170 + ((440 - (h * scale)) / 2);
            xml.WriteAttributeString("transform", $"translate({N(dx)} {N(dy)}) scale({N3(scale)}) translate({N(-x)} {N(-y)})");
            Drawing(xml, scene, x, w);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Text(XmlWriter xml, double x, double y, int size, string weight, string text)
    {
        xml.WriteStartElement("text", Ns);
        xml.WriteAttributeString("x", N(x));
        xml.WriteAttributeString("y", N(y));
        xml.WriteAttributeString("font-family", "Arial, Helvetica, sans-serif");
        xml.WriteAttributeString("font-size", size.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("font-weight", weight);
        xml.WriteAttributeString("fill", "#1a1a1a");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static (double X, double Y, double W, double H) Box((Vec Min, Vec Max) b) =>
        (b.Min.X - Pad, -(b.Max.Y + Pad), b.Max.X - b.Min.X + (2 * Pad), b.Max.Y - b.Min.Y + (2 * Pad));

    private static void Drawing(XmlWriter xml, FigureScene scene, double x, double w)
    {
        xml.WriteStartElement("g", Ns);
        xml.WriteAttributeString("fill", "none");
        xml.WriteAttributeString("stroke", "currentColor");
        xml.WriteAttributeString("stroke-linecap", "round");
        xml.WriteAttributeString("stroke-linejoin", "round");
        if (scene.Frame.Props.Contains("mat"))
        {
            var (min, max) = scene.Body.Outline().Aggregate((Min: double.MaxValue, Max: double.MinValue),
                (a, o) => (Math.Min(a.Min, o.Point.X - o.Radius), Math.Max(a.Max, o.Point.X + o.Radius)));
            Element(xml, "rect", ("x", N(min - 8)), ("y", "0.0"), ("width", N(max - min + 16)), ("height", "3.0"),
                ("rx", "1.5"), ("fill", "currentColor"), ("fill-opacity", "0.25"), ("stroke", "none"));
        }

        Element(xml, "line", ("class", "fig-floor"), ("x1", N(x)), ("y1", "0.0"), ("x2", N(x + w)), ("y2", "0.0"), ("stroke-width", "1.5"));
        var far = scene.Shapes.Where(s => s.Role == "far").ToList();
        foreach (var shape in scene.Shapes.TakeWhile(s => s.Role != "far"))
        {
            Write(xml, shape);
        }

        xml.WriteStartElement("g", Ns);
        xml.WriteAttributeString("class", "fig-far");
        xml.WriteAttributeString("opacity", "0.45");
        foreach (var shape in far)
        {
            Write(xml, shape);
        }

        xml.WriteEndElement();
        foreach (var shape in scene.Shapes.SkipWhile(s => s.Role != "far").Where(s => s.Role != "far"))
        {
            Write(xml, shape);
        }

        xml.WriteEndElement();
    }

    private static void Write(XmlWriter xml, Shape s)
    {
        var gap = s.Role == "gap";
        var ink = gap ? "#ffffff" : "currentColor";
        var css = gap ? "fig-gap" : null;
        var fillCss = gap ? "fig-gap-fill" : null;
        switch (s.Kind)
        {
            case "circle":
                Element(xml, "circle", ("class", fillCss), ("cx", N(s.Points[0].X)), ("cy", N(-s.Points[0].Y)), ("r", N(s.Width / 2)),
                    ("fill", ink), ("stroke", "none"));
                break;
            case "trunk":
                var (hip, shoulder) = (s.Points[0], s.Points[1]);
                var n = (shoulder - hip).Unit.Turn(90);
                Element(xml, "path", ("d", Path([hip + (n * Body.PelvisRadius), shoulder + (n * Body.ChestRadius),
                    shoulder - (n * Body.ChestRadius), hip - (n * Body.PelvisRadius)], close: true)), ("fill", ink), ("stroke", "none"));
                Element(xml, "circle", ("cx", N(hip.X)), ("cy", N(-hip.Y)), ("r", N(Body.PelvisRadius)), ("fill", ink), ("stroke", "none"));
                Element(xml, "circle", ("cx", N(shoulder.X)), ("cy", N(-shoulder.Y)), ("r", N(Body.ChestRadius)), ("fill", ink), ("stroke", "none"));
                break;
            case "area":
                Element(xml, "path", ("class", gap ? "fig-gap-area" : null), ("d", Path(s.Points, close: true)), ("fill", ink), ("stroke", ink), ("stroke-width", N(s.Width)));
                break;
            case "dash":
                Element(xml, "path", ("class", "fig-guide"), ("d", Path(s.Points, close: false)), ("stroke-width", N(s.Width)),
                    ("stroke-dasharray", "5 4"), ("stroke-linecap", "butt"));
                break;
            default:
                Element(xml, "path", ("class", css), ("d", Path(s.Points, close: false)), ("stroke", ink), ("stroke-width", N(s.Width)));
                break;
        }
    }

    private static void Element(XmlWriter xml, string name, params (string Name, string? Value)[] attributes)
    {
        xml.WriteStartElement(name, Ns);
        foreach (var (key, value) in attributes)
        {
            if (value is not null)
            {
                xml.WriteAttributeString(key, value);
            }
        }

        xml.WriteEndElement();
    }

    private static string Path(IReadOnlyList<Vec> points, bool close)
    {
        var d = new StringBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            d.Append(i == 0 ? 'M' : 'L').Append(N(points[i].X)).Append(' ').Append(N(-points[i].Y));
        }

        return close ? d.Append('Z').ToString() : d.ToString();
    }

    private static string N(double value) => (Math.Round(value, 1) + 0.0).ToString("F1", CultureInfo.InvariantCulture);

    private static string N3(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
