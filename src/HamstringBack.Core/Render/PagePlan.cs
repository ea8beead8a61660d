using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Render;

/// <summary>One page to render: where it goes, with which template, and what the template gets.</summary>
/// <param name="OutputPath">File path inside output/, e.g. "exercises/bird-dog/index.html".</param>
/// <param name="InSitemap">Whether search engines should be told about it.</param>
public sealed record PagePlan(string OutputPath, string Template, PageView Page, bool InSitemap, DateOnly? LastModified);
