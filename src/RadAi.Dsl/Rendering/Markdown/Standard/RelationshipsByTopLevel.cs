using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Markdown.Standard;

/// <summary>
/// The model's relationships grouped by the top-level element (person, software system, custom element) of either
/// end, each group in model order. Built once per rendering, so per-system questions ("what crosses this boundary?")
/// read the system's own relationships instead of scanning the whole model for every system.
/// </summary>
internal sealed class RelationshipsByTopLevel
{
    private readonly Dictionary<Element, List<Relationship>> _byTopLevel = [];

    public RelationshipsByTopLevel(Model model)
    {
        foreach (var relationship in model.Relationships)
        {
            var source = PlainModel.TopLevel(relationship.Source);
            var destination = PlainModel.TopLevel(relationship.Destination);
            Add(source, relationship);
            if (!ReferenceEquals(source, destination)) Add(destination, relationship);
        }
    }

    /// <summary>The relationships with at least one end inside <paramref name="element"/>'s top-level element, in model order.</summary>
    public IReadOnlyList<Relationship> Touching(Element element)
        => _byTopLevel.TryGetValue(PlainModel.TopLevel(element), out var list) ? list : [];

    private void Add(Element topLevel, Relationship relationship)
    {
        if (!_byTopLevel.TryGetValue(topLevel, out var list)) _byTopLevel[topLevel] = list = [];
        list.Add(relationship);
    }
}
