namespace RadAi.Dsl;

/// <summary>How relationships with a tag are drawn.</summary>
public sealed class RelationshipStyle
{
    internal RelationshipStyle(string tag) => Tag = tag;

    /// <summary>The tag this style applies to.</summary>
    public string Tag { get; }

    /// <summary>Line thickness in pixels.</summary>
    public int? Thickness { get; set; }

    /// <summary>Line and text colour, "#rrggbb"; a CSS colour name is stored as its code.</summary>
    public string? Color { get => _color; set => _color = ElementStyle.Colour(value); }
    private string? _color;

    /// <summary>Legacy dashed flag (Structurizr still reads and writes it).</summary>
    public bool? Dashed { get; set; }

    /// <summary>Line style.</summary>
    public LineStyle? Style { get; set; }

    /// <summary>Routing.</summary>
    public Routing? Routing { get; set; }

    /// <summary>Whether lines jump over each other.</summary>
    public bool? Jump { get; set; }

    /// <summary>Font size in pixels.</summary>
    public int? FontSize { get; set; }

    /// <summary>Label width in pixels.</summary>
    public int? Width { get; set; }

    /// <summary>Label position along the line, 0–100.</summary>
    public int? Position { get; set; }

    /// <summary>Opacity, 0–100.</summary>
    public int? Opacity { get; set; }

    /// <summary>The colour scheme this style is for; null for both.</summary>
    public ColorScheme? ColorScheme { get; set; }

    /// <summary>Style properties.</summary>
    public PropertyDictionary Properties { get; } = new();
}
