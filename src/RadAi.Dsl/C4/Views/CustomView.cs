namespace RadAi.Dsl;

/// <summary>A view of custom elements (and any static structure element).</summary>
public sealed class CustomView : ModelView
{
    internal CustomView(ViewSet viewSet, string key, string? title, string? description) : base(viewSet, key, description) => Title = title;

    /// <inheritdoc />
    public override string Name => Title ?? "Custom View";

    /// <inheritdoc />
    protected override bool CanShow(Element element) => element is StaticStructureElement;

    /// <summary>Adds an element and its relationships with elements on the view.</summary>
    public CustomView Add(StaticStructureElement element)
    {
        AddElement(element, true);
        return this;
    }
}
