namespace RadAi.Dsl;

/// <summary>A container: an application or data store inside a software system.</summary>
public sealed class Container : StaticStructureElement
{
    // Created with the first component: most containers of a large model have none.
    private List<Component>? _components;
    private Dictionary<string, Component>? _componentsByName;

    internal Container(Model model, string id, string name, SoftwareSystem parent) : base(model, id, name, parent)
    {
        SetDefaultTags(Dsl.Tags.ElementAndContainer);
    }

    /// <summary>The software system this container belongs to.</summary>
    public SoftwareSystem SoftwareSystem => (SoftwareSystem)Parent!;

    /// <summary>Implementation technology, e.g. "ASP.NET Core".</summary>
    public string? Technology { get; set; }

    /// <inheritdoc />
    public override string CanonicalName => KnownCanonicalName() ?? RememberCanonicalName("Container://" + Canonical(SoftwareSystem.Name) + "." + Canonical(Name));

    /// <summary>The components, in creation order.</summary>
    public IReadOnlyList<Component> Components => _components ?? (IReadOnlyList<Component>)[];

    /// <summary>Documentation sections and decisions about this container.</summary>
    public Documentation Documentation => _documentation ??= new();

    // Created on first use: most elements of a large model have no documentation.
    private Documentation? _documentation;

    /// <summary>The documentation if it was ever touched, else null.</summary>
    internal Documentation? DocumentationIfCreated => _documentation;

    /// <summary>Adds a component.</summary>
    /// <exception cref="ModelException">A component with that name exists in this container.</exception>
    public Component AddComponent(string name, string? description = null, string? technology = null)
    {
        name = RequireName(name, "component");
        if (_componentsByName?.ContainsKey(name) == true)
            throw new ModelException($"Container '{Name}' already has a component named '{name}'. Component names must be unique within their container.");
        var component = new Component(Model, Model.NextId(), name, this) { Description = description, Technology = technology };
        AttachComponent(component);
        return component;
    }

    /// <summary>The component with the name, or null.</summary>
    public Component? GetComponentWithName(string name) => _componentsByName?.GetValueOrDefault(name);

    /// <summary>Adds a "delivers to" relationship from this container to a person.</summary>
    public Relationship Delivers(Person destination, string? description = null, string? technology = null, InteractionStyle? interactionStyle = null, params string[] tags)
        => Model.AddRelationship(this, destination, description, technology, interactionStyle, tags);

    internal void AttachComponent(Component component)
    {
        if (!(_componentsByName ??= new(StringComparer.Ordinal)).TryAdd(component.Name, component))
            throw new ModelException($"Container '{Name}' already has a component named '{component.Name}'.");
        (_components ??= []).Add(component);
        Model.Register(component);
    }
}
