using HamstringBack.Core.Render.Views;

namespace HamstringBack.Core.Cards;

/// <summary>What the /cards/ chooser lists: the layouts (title and link) and every card.</summary>
public sealed record CardsIndexView(IReadOnlyList<NavLink> Layouts, IReadOnlyList<CardView> Cards, string LogUrl);
