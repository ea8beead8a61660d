using HamstringBack.Core.Model;
using HamstringBack.Core.Render;
using Scriban.Runtime;

namespace HamstringBack.Core.Caching;

/// <summary>
/// A rendered page, its template, what its templates read (issue 13), what the page's own globals were made from
/// (<see cref="PageRenderer.PageInputs"/>) and what every page was rendered with.
/// </summary>
internal sealed record PageEntry(OutputFile File, string Template, ReadSet Reads, ScriptObject PageInputs, RenderBasis Basis);

/// <summary>What every page of one build was rendered with: the theme, the settings (links' base path) and the shared globals.</summary>
internal sealed record RenderBasis(Theme Theme, SiteSettings Settings, ScriptObject SharedGlobals);
