using HamstringBack.Core.Render;
using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Cards;

/// <summary>One printable stretch card: the exercise, plus what only print needs (QR code, live-site address).</summary>
/// <param name="PrintUrl">The exercise page on the live site, which the QR code opens.</param>
/// <param name="ShortUrl">The same address without "https://" and the last '/', printed under the QR code.</param>
/// <param name="Qr">The QR code of <paramref name="PrintUrl"/> as inline SVG.</param>
/// <param name="StopIf">The "Stop if …" conditions as one sentence, e.g. "you feel dizzy; or your knees hurt".</param>
public sealed record CardView(ExerciseView Exercise, string PrintUrl, string ShortUrl, RawHtml Qr, string StopIf);
