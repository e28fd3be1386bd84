namespace RadAi.Dsl;

/// <summary>All people and software systems of the enterprise.</summary>
public sealed class SystemLandscapeView : StaticView
{
    internal SystemLandscapeView(ViewSet viewSet, string key, string? description) : base(viewSet, key, description) { }

    /// <summary>Whether the enterprise boundary is drawn (default true).</summary>
    public bool EnterpriseBoundaryVisible { get; set; } = true;

    /// <inheritdoc />
    public override string Name => "System Landscape View";

    /// <inheritdoc />
    protected override bool CanShow(Element element) => element is Person or SoftwareSystem or CustomElement;

    /// <inheritdoc />
    public override StaticView AddAllElements() => AddAllSoftwareSystems().AddAllPeople();

    /// <inheritdoc />
    public override StaticView AddDefaultElements() => AddAllElements();
}
