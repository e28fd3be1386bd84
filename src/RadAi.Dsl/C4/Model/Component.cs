namespace RadAi.Dsl;

/// <summary>A component: a grouping of related functionality inside a container.</summary>
public sealed class Component : StaticStructureElement
{
    internal Component(Model model, string id, string name, Container parent) : base(model, id, name, parent)
    {
        SetDefaultTags(Dsl.Tags.ElementAndComponent);
    }

    /// <summary>The container this component belongs to.</summary>
    public Container Container => (Container)Parent!;

    /// <summary>Implementation technology, e.g. "Spring Bean".</summary>
    public string? Technology { get; set; }

    /// <summary>Documentation sections and decisions about this component.</summary>
    public Documentation Documentation => _documentation ??= new();

    // Created on first use: most elements of a large model have no documentation.
    private Documentation? _documentation;

    /// <summary>The documentation if it was ever touched, else null.</summary>
    internal Documentation? DocumentationIfCreated => _documentation;

    /// <inheritdoc />
    public override string CanonicalName => KnownCanonicalName() ?? RememberCanonicalName("Component://" + Canonical(Container.SoftwareSystem.Name) + "." + Canonical(Container.Name) + "." + Canonical(Name));

    /// <summary>Adds a "delivers to" relationship from this component to a person.</summary>
    public Relationship Delivers(Person destination, string? description = null, string? technology = null, InteractionStyle? interactionStyle = null, params string[] tags)
        => Model.AddRelationship(this, destination, description, technology, interactionStyle, tags);
}
