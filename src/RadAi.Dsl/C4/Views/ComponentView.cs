namespace RadAi.Dsl;

/// <summary>The components of a container with the elements they use.</summary>
public sealed class ComponentView : StaticView
{
    internal ComponentView(ViewSet viewSet, Container container, string key, string? description) : base(viewSet, key, description)
        => Container = container;

    /// <summary>The container in scope.</summary>
    public Container Container { get; }

    /// <summary>The software system of the container in scope.</summary>
    public SoftwareSystem SoftwareSystem => Container.SoftwareSystem;

    /// <summary>Whether boundaries of other containers are drawn (default false).</summary>
    public bool ExternalContainerBoundariesVisible { get; set; }

    /// <inheritdoc />
    public override string Name => "Component View: " + SoftwareSystem.Name + " - " + Container.Name;

    /// <inheritdoc />
    protected override bool CanShow(Element element) => element switch
    {
        Person or Component or CustomElement => true,
        SoftwareSystem s => !ReferenceEquals(s, SoftwareSystem),
        Container c => !ReferenceEquals(c, Container),
        _ => false,
    };

    /// <summary>Adds every component of the container in scope.</summary>
    public ComponentView AddAllComponents()
    {
        foreach (var c in Container.Components) AddElement(c, true);
        return this;
    }

    /// <inheritdoc />
    public override StaticView AddAllElements()
    {
        AddAllSoftwareSystems().AddAllPeople();
        foreach (var c in SoftwareSystem.Containers) TryAddElement(c, true);
        return AddAllComponents();
    }

    /// <inheritdoc />
    public override StaticView AddDefaultElements()
    {
        foreach (var c in Container.Components)
        {
            AddElement(c, true);
            AddNearestNeighbours<Person>(c);
            AddNearestNeighbours<SoftwareSystem>(c);
            AddNearestNeighbours<Container>(c);
            AddNearestNeighbours<Component>(c);
        }
        return this;
    }
}
