namespace RadAi.Dsl;

/// <summary>A relationship shown on a view, with its routing and (in dynamic views) its order and description.</summary>
public sealed class RelationshipView
{
    // Created when vertices are set: most relationship views of a large model have none.
    private List<Vertex>? _vertices;

    internal RelationshipView(Relationship relationship) => Relationship = relationship;

    /// <summary>The relationship.</summary>
    public Relationship Relationship { get; }

    /// <summary>A description that overrides the relationship's own (dynamic views).</summary>
    public string? Description { get; set; }

    /// <summary>The step, e.g. "1" or "1.2" (dynamic views).</summary>
    public string? Order { get; set; }

    /// <summary>Whether this step is a response (drawn from destination to source); null outside dynamic views.</summary>
    public bool? Response { get; set; }

    /// <summary>Bend points.</summary>
    public IReadOnlyList<Vertex> Vertices => _vertices ?? (IReadOnlyList<Vertex>)[];

    /// <summary>Line routing; null uses the style's.</summary>
    public Routing? Routing { get; set; }

    /// <summary>Label position along the line, 0–100.</summary>
    public int? Position { get; set; }

    /// <summary>A link shown on the relationship.</summary>
    public string? Url { get; set; }

    /// <summary>Properties of this relationship in this view.</summary>
    public PropertyDictionary Properties { get; } = new();

    /// <summary>Replaces the bend points.</summary>
    public void SetVertices(IEnumerable<Vertex> vertices)
    {
        var list = _vertices ??= [];
        list.Clear();
        list.AddRange(vertices);
    }
}
