namespace RadAi.Dsl;

/// <summary>
/// An element of the C4 model: a person, software system, container, component or a deployment element.
/// </summary>
public abstract class Element : ModelItem
{
    private string _name;

    private protected Element(Model model, string id, string name, Element? parent) : base(model, id)
    {
        _name = RequireName(name, GetType().Name);
        Parent = parent;
        Serial = model.NextSerial();
    }

    /// <summary>The name, unique within the parent.</summary>
    public string Name
    {
        get => _name;
        internal set
        {
            _name = value;
            Model.ElementRenamed(); // a rename can change the canonical names of the element and of everything inside it
        }
    }

    /// <summary>What the element is or does.</summary>
    public string? Description { get; set; }

    /// <summary>The enclosing element (a container's software system, a component's container, a node's parent node).</summary>
    public Element? Parent { get; }

    /// <summary>The canonical name Structurizr uses to match elements, e.g. <c>Container://Shop.Web App</c>.</summary>
    public abstract string CanonicalName { get; }

    // Canonical names are asked for all the time (model indexes, inspections, RAD-AI references, renderers) and cost a
    // few strings each to build, so each element keeps its own until an element of the model is renamed (only the
    // JSON reader renames, while it reads). Names of parents, environments and instance numbers never change otherwise.
    private string? _canonicalName;
    private int _canonicalNameEpoch;

    /// <summary>The canonical name built before, or null when it must be built (first use, or a rename since).</summary>
    private protected string? KnownCanonicalName() => _canonicalNameEpoch == Model.NameEpoch ? _canonicalName : null;

    /// <summary>Keeps a canonical name just built; returns it.</summary>
    private protected string RememberCanonicalName(string canonicalName)
    {
        _canonicalName = canonicalName;
        _canonicalNameEpoch = Model.NameEpoch;
        return canonicalName;
    }

    /// <summary>The relationships that start at this element, in creation order.</summary>
    public IReadOnlyList<Relationship> Relationships => Model.OutgoingOf(this);

    /// <summary>A number unique within the model, for cheap index keys (object hash codes are slow to create).</summary>
    internal int Serial { get; }

    /// <summary>Relationships starting here, kept by the model (null until it lists them on first use, or when there are none).</summary>
    internal List<Relationship>? OutgoingRelationships { get; set; }

    /// <summary>Relationships ending here, kept by the model (null until it lists them on first use, or when there are none).</summary>
    internal List<Relationship>? IncomingRelationships { get; set; }

    /// <summary>True when this element is the given element or sits (at any depth) inside it.</summary>
    public bool IsWithin(Element other)
    {
        for (Element? e = this; e is not null; e = e.Parent)
            if (ReferenceEquals(e, other)) return true;
        return false;
    }

    /// <summary>True when any relationship goes from this element to <paramref name="destination"/>.</summary>
    public bool HasRelationshipTo(Element destination) => Model.HasRelationship(this, destination);

    /// <inheritdoc />
    public override string ToString() => CanonicalName;

    internal static string RequireName(string? name, string kind)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException($"A {kind} needs a non-empty name.", nameof(name));
        return name.Trim();
    }

    /// <summary>Removes dots and slashes, as Structurizr does when building canonical names.</summary>
    internal static string Canonical(string name) => name.Replace(".", string.Empty, StringComparison.Ordinal).Replace("/", string.Empty, StringComparison.Ordinal);
}
