namespace RadAi.Dsl;

/// <summary>A software system: the highest level of abstraction, something that delivers value to people.</summary>
public sealed class SoftwareSystem : StaticStructureElement
{
    // Created with the first container.
    private List<Container>? _containers;
    private Dictionary<string, Container>? _containersByName;

    internal SoftwareSystem(Model model, string id, string name) : base(model, id, name, null)
    {
        SetDefaultTags(Dsl.Tags.ElementAndSoftwareSystem);
    }

    /// <inheritdoc />
    public override string CanonicalName => KnownCanonicalName() ?? RememberCanonicalName("SoftwareSystem://" + Canonical(Name));

    /// <summary>The containers, in creation order.</summary>
    public IReadOnlyList<Container> Containers => _containers ?? (IReadOnlyList<Container>)[];

    /// <summary>Markdown/AsciiDoc sections and decisions about this system.</summary>
    public Documentation Documentation => _documentation ??= new();

    // Created on first use: most elements of a large model have no documentation.
    private Documentation? _documentation;

    /// <summary>The documentation if it was ever touched, else null.</summary>
    internal Documentation? DocumentationIfCreated => _documentation;

    /// <summary>Adds a container.</summary>
    /// <exception cref="ModelException">A container with that name exists in this system.</exception>
    /// <example><code>var web = shop.AddContainer("Web App", "Serves pages.", "ASP.NET Core");</code></example>
    public Container AddContainer(string name, string? description = null, string? technology = null)
    {
        name = RequireName(name, "container");
        if (_containersByName?.ContainsKey(name) == true)
            throw new ModelException($"Software system '{Name}' already has a container named '{name}'. Container names must be unique within their software system.");
        var container = new Container(Model, Model.NextId(), name, this) { Description = description, Technology = technology };
        AttachContainer(container);
        return container;
    }

    /// <summary>The container with the name, or null.</summary>
    public Container? GetContainerWithName(string name) => _containersByName?.GetValueOrDefault(name);

    /// <summary>Adds a "delivers to" relationship from this system to a person.</summary>
    public Relationship Delivers(Person destination, string? description = null, string? technology = null, InteractionStyle? interactionStyle = null, params string[] tags)
        => Model.AddRelationship(this, destination, description, technology, interactionStyle, tags);

    internal void AttachContainer(Container container)
    {
        if (!(_containersByName ??= new(StringComparer.Ordinal)).TryAdd(container.Name, container))
            throw new ModelException($"Software system '{Name}' already has a container named '{container.Name}'.");
        (_containers ??= []).Add(container);
        Model.Register(container);
    }
}
