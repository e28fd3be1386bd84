namespace RadAi.Dsl;

/// <summary>A software system with the people and systems around it.</summary>
public sealed class SystemContextView : StaticView
{
    internal SystemContextView(ViewSet viewSet, SoftwareSystem softwareSystem, string key, string? description, bool addScope = true) : base(viewSet, key, description)
    {
        SoftwareSystem = softwareSystem;
        // As in structurizr-java, the system in scope is always on its context view.
        if (addScope) AddElement(softwareSystem, true);
    }

    /// <summary>The system in scope.</summary>
    public SoftwareSystem SoftwareSystem { get; }

    /// <summary>Whether the enterprise boundary is drawn (default true).</summary>
    public bool EnterpriseBoundaryVisible { get; set; } = true;

    /// <inheritdoc />
    public override string Name => "System Context View: " + SoftwareSystem.Name;

    /// <inheritdoc />
    protected override bool CanShow(Element element) => element is Person or Dsl.SoftwareSystem or CustomElement;

    /// <inheritdoc />
    public override StaticView AddAllElements() => AddAllSoftwareSystems().AddAllPeople();

    /// <inheritdoc />
    public override StaticView AddDefaultElements()
    {
        Add(SoftwareSystem);
        AddNearestNeighbours<Person>(SoftwareSystem);
        return AddNearestNeighbours<SoftwareSystem>(SoftwareSystem);
    }
}
