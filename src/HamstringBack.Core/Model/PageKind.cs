namespace HamstringBack.Core.Model;

/// <summary>The kinds of Markdown page.</summary>
public enum PageKind
{
    Home,
    Section,
    Page,
}
