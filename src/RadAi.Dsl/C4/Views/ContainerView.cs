namespace RadAi.Dsl;

/// <summary>The containers of a software system with the people and systems they use.</summary>
public sealed class ContainerView : StaticView
{
    internal ContainerView(ViewSet viewSet, SoftwareSystem softwareSystem, string key, string? description) : base(viewSet, key, description)
        => SoftwareSystem = softwareSystem;

    /// <summary>The system in scope.</summary>
    public SoftwareSystem SoftwareSystem { get; }

    /// <summary>Whether boundaries of other software systems are drawn (default false).</summary>
    public bool ExternalSoftwareSystemBoundariesVisible { get; set; }

    /// <inheritdoc />
    public override string Name => "Container View: " + SoftwareSystem.Name;

    /// <inheritdoc />
    protected override bool CanShow(Element element)
        => element is Person or Container or CustomElement || (element is SoftwareSystem s && !ReferenceEquals(s, SoftwareSystem));

    /// <summary>Adds every container of the system in scope.</summary>
    public ContainerView AddAllContainers()
    {
        foreach (var c in SoftwareSystem.Containers) AddElement(c, true);
        return this;
    }

    /// <inheritdoc />
    public override StaticView AddAllElements()
    {
        AddAllSoftwareSystems().AddAllPeople();
        return AddAllContainers();
    }

    /// <inheritdoc />
    public override StaticView AddDefaultElements()
    {
        foreach (var c in SoftwareSystem.Containers)
        {
            AddElement(c, true);
            AddNearestNeighbours<Person>(c);
            AddNearestNeighbours<SoftwareSystem>(c);
        }
        return this;
    }
}
