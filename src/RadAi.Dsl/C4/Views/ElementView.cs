namespace RadAi.Dsl;

/// <summary>An element placed on a view, with its position.</summary>
public sealed class ElementView
{
    internal ElementView(Element element) => Element = element;

    /// <summary>The element.</summary>
    public Element Element { get; }

    /// <summary>Horizontal position in pixels.</summary>
    public int X { get; set; }

    /// <summary>Vertical position in pixels.</summary>
    public int Y { get; set; }
}
