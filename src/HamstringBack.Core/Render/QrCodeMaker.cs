using System.Drawing;
using QRCoder;

namespace HamstringBack.Core.Render;

/// <summary>
/// Makes QR codes as inline SVG with QRCoder. The SVG is sized by its viewBox (the page's CSS sets its size) and
/// draws with fill attributes only, no style attributes, so it passes the strict Content-Security-Policy and
/// prints black on white whatever the browser does with backgrounds.
/// </summary>
public static class QrCodeMaker
{
    /// <summary>The QR code of <paramref name="text"/> (error correction M, quiet zone included) as an SVG element.</summary>
    public static RawHtml Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(new Size(1, 1), "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return new RawHtml(svg.Trim());
    }
}
