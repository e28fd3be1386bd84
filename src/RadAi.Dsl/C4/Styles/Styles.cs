namespace RadAi.Dsl;

/// <summary>Element and relationship styles, matched by tag, in the order added.</summary>
public sealed class Styles
{
    private readonly List<ElementStyle> _elements = [];
    private readonly List<RelationshipStyle> _relationships = [];

    /// <summary>Element styles.</summary>
    public IReadOnlyList<ElementStyle> Elements => _elements;

    /// <summary>Relationship styles.</summary>
    public IReadOnlyList<RelationshipStyle> Relationships => _relationships;

    /// <summary>Adds a style for elements with the tag.</summary>
    /// <exception cref="ModelException">A style for the tag and colour scheme exists; change it through <see cref="GetElementStyle"/>.</exception>
    /// <example><code>var person = styles.AddElementStyle(Tags.Person); person.Shape = Shape.Person;</code></example>
    public ElementStyle AddElementStyle(string tag, ColorScheme? colorScheme = null)
    {
        tag = RequireTag(tag);
        if (_elements.Any(s => s.Tag == tag && s.ColorScheme == colorScheme))
            throw new ModelException($"An element style for tag '{tag}' already exists; use GetElementStyle(\"{tag}\") to change it.");
        var style = new ElementStyle(tag) { ColorScheme = colorScheme };
        _elements.Add(style);
        return style;
    }

    /// <summary>Adds a style for relationships with the tag.</summary>
    /// <exception cref="ModelException">A style for the tag and colour scheme exists.</exception>
    public RelationshipStyle AddRelationshipStyle(string tag, ColorScheme? colorScheme = null)
    {
        tag = RequireTag(tag);
        if (_relationships.Any(s => s.Tag == tag && s.ColorScheme == colorScheme))
            throw new ModelException($"A relationship style for tag '{tag}' already exists; use GetRelationshipStyle(\"{tag}\") to change it.");
        var style = new RelationshipStyle(tag) { ColorScheme = colorScheme };
        _relationships.Add(style);
        return style;
    }

    /// <summary>The element style for the tag (either colour scheme), or null.</summary>
    public ElementStyle? GetElementStyle(string tag)
    {
        // A loop, not LINQ: asked once per stereotyped element of a model (a closure each time).
        foreach (var style in _elements)
            if (style.Tag == tag) return style;
        return null;
    }

    /// <summary>The relationship style for the tag, or null.</summary>
    public RelationshipStyle? GetRelationshipStyle(string tag)
    {
        foreach (var style in _relationships)
            if (style.Tag == tag) return style;
        return null;
    }

    /// <summary>
    /// The element style that applies to an item with these tags: later tags override earlier ones,
    /// as Structurizr renders them.
    /// </summary>
    public ElementStyle? FindElementStyle(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ElementStyle? found = null;
        foreach (var tag in tags)
            found = _elements.FirstOrDefault(s => s.Tag == tag && s.ColorScheme is null) ?? found;
        return found;
    }

    internal void AddRaw(ElementStyle style) => _elements.Add(style);

    internal void AddRaw(RelationshipStyle style) => _relationships.Add(style);

    private static string RequireTag(string tag)
        => string.IsNullOrWhiteSpace(tag) ? throw new ArgumentException("A style needs a tag.", nameof(tag)) : tag.Trim();
}
