namespace RadAi.Dsl;

/// <summary>
/// People, software systems, containers and components: the elements of static structure diagrams,
/// which can be grouped and can use each other.
/// </summary>
public abstract class StaticStructureElement : Element
{
    private protected StaticStructureElement(Model model, string id, string name, Element? parent) : base(model, id, name, parent) { }

    /// <summary>The group this element is drawn in (Structurizr allows one), or null.</summary>
    public string? Group
    {
        get => _group;
        set => _group = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
    private string? _group;

    /// <summary>Adds a "uses" relationship to another person, system, container or component.</summary>
    /// <param name="destination">What this element uses.</param>
    /// <param name="description">How, e.g. "Reads from and writes to".</param>
    /// <param name="technology">Protocol or technology, e.g. "HTTPS".</param>
    /// <param name="interactionStyle">Synchronous or asynchronous; null leaves it unset.</param>
    /// <param name="tags">Extra tags.</param>
    /// <exception cref="ModelException">The destination is from another workspace, this element's parent or child,
    /// or a relationship with the same description already exists.</exception>
    /// <example><code>webApp.Uses(database, "Reads from and writes to", "SQL/TCP");</code></example>
    public Relationship Uses(StaticStructureElement destination, string? description = null, string? technology = null,
        InteractionStyle? interactionStyle = null, params string[] tags)
        => Model.AddRelationship(this, destination, description, technology, interactionStyle, tags);
}
