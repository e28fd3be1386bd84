using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>How elements with a tag are drawn. Unset members leave the theme's or Structurizr's default.</summary>
public sealed partial class ElementStyle
{
    internal ElementStyle(string tag) => Tag = tag;

    /// <summary>The tag this style applies to.</summary>
    public string Tag { get; }

    /// <summary>Width in pixels.</summary>
    public int? Width { get; set; }

    /// <summary>Height in pixels.</summary>
    public int? Height { get; set; }

    /// <summary>Background colour, "#rrggbb"; a CSS colour name ("DarkBlue") is stored as its code.</summary>
    public string? Background { get => _background; set => _background = Colour(value); }
    private string? _background;

    /// <summary>Border colour, "#rrggbb"; a CSS colour name is stored as its code.</summary>
    public string? Stroke { get => _stroke; set => _stroke = Colour(value); }
    private string? _stroke;

    /// <summary>Text colour, "#rrggbb"; a CSS colour name is stored as its code.</summary>
    public string? Color { get => _color; set => _color = Colour(value); }
    private string? _color;

    /// <summary>Border width in pixels.</summary>
    public int? StrokeWidth { get; set; }

    /// <summary>Font size in pixels.</summary>
    public int? FontSize { get; set; }

    /// <summary>The shape.</summary>
    public Shape? Shape { get; set; }

    /// <summary>An icon URL or data URI.</summary>
    public string? Icon { get; set; }

    /// <summary>Where the icon sits.</summary>
    public IconPosition? IconPosition { get; set; }

    /// <summary>Border style.</summary>
    public LineStyle? Border { get; set; }

    /// <summary>Opacity, 0–100.</summary>
    public int? Opacity { get => _opacity; set => _opacity = value is null ? null : Math.Clamp(value.Value, 0, 100); }
    private int? _opacity;

    /// <summary>Whether metadata is shown.</summary>
    public bool? Metadata { get; set; }

    /// <summary>Whether the description is shown.</summary>
    public bool? Description { get; set; }

    /// <summary>The colour scheme this style is for; null for both.</summary>
    public ColorScheme? ColorScheme { get; set; }

    /// <summary>Style properties.</summary>
    public PropertyDictionary Properties { get; } = new();

    /// <summary>
    /// A colour as structurizr-java stores it: "#rrggbb" (or "#rgb") in lower case, or a CSS colour name in any case
    /// as its code ("DarkBlue" → "#00008b").
    /// </summary>
    internal static string? Colour(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (!HexColour().IsMatch(v))
            return NamedColours.HexOf(v)
                   ?? throw new ArgumentException($"'{value}' is not a hex colour code (\"#rrggbb\") or a CSS colour name (\"red\", \"DarkBlue\").", nameof(value));
        if (v.Length == 4) v = "#" + v[1] + v[1] + v[2] + v[2] + v[3] + v[3];
        return v.ToLowerInvariant();
    }

    [GeneratedRegex("^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")]
    private static partial Regex HexColour();
}
