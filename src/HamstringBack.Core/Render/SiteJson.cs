using System.Text.Json.Serialization;
using HamstringBack.Core.Render.Checklist;

namespace HamstringBack.Core.Render;

/// <summary>
/// The JSON the build writes, serialised by System.Text.Json's source generator: no reflection at run time,
/// so it works in the ahead-of-time compiled build. Names are camelCase; the default encoder escapes
/// &lt; &gt; &amp; and quotes, so the text is safe inside a script element.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(ChecklistJson))]
public sealed partial class SiteJson : JsonSerializerContext;
