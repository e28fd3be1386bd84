using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The style an element or relationship is drawn with: every matching style (light/dark-neutral ones only)
/// merged in tag order, so a later tag overrides an earlier one, as the Structurizr renderer does.
/// </summary>
internal sealed record EffectiveElementStyle(string? Background, string? Stroke, string? Color, int? StrokeWidth, LineStyle? Border, Shape? Shape, int? Opacity)
{
    public bool IsEmpty => Background is null && Stroke is null && Color is null && StrokeWidth is null && Border is null && Opacity is null;

    public static EffectiveElementStyle For(Styles styles, IEnumerable<string> tags)
    {
        string? background = null, stroke = null, color = null;
        int? strokeWidth = null, opacity = null;
        LineStyle? border = null;
        Shape? shape = null;
        foreach (var tag in tags)
        {
            foreach (var s in styles.Elements)
            {
                if (s.ColorScheme is not null || !string.Equals(s.Tag, tag, StringComparison.Ordinal)) continue;
                background = s.Background ?? background;
                stroke = s.Stroke ?? stroke;
                color = s.Color ?? color;
                strokeWidth = s.StrokeWidth ?? strokeWidth;
                border = s.Border ?? border;
                shape = s.Shape ?? shape;
                opacity = s.Opacity ?? opacity;
            }
        }
        return new EffectiveElementStyle(background, stroke, color, strokeWidth, border, shape, opacity);
    }
}

/// <summary>The merged relationship style for a relationship's tags.</summary>
internal sealed record EffectiveRelationshipStyle(string? Color, int? Thickness, LineStyle? Style)
{
    public bool IsEmpty => Color is null && Thickness is null && Style is null;

    public static EffectiveRelationshipStyle For(Styles styles, IEnumerable<string> tags)
    {
        string? color = null;
        int? thickness = null;
        LineStyle? style = null;
        foreach (var tag in tags)
        {
            foreach (var s in styles.Relationships)
            {
                if (s.ColorScheme is not null || !string.Equals(s.Tag, tag, StringComparison.Ordinal)) continue;
                color = s.Color ?? color;
                thickness = s.Thickness ?? thickness;
                style = s.Style ?? (s.Dashed is { } dashed ? (dashed ? LineStyle.Dashed : LineStyle.Solid) : style);
            }
        }
        return new EffectiveRelationshipStyle(color, thickness, style);
    }
}
