using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The model's relationships grouped by the top-level element (person, software system, custom element) of either
/// end, each group in model order. Built once per rendering, so per-system questions ("what crosses this boundary?")
/// read the system's own relationships instead of scanning the whole model for every system.
/// </summary>
internal sealed class RelationshipsByTopLevel
{
    private readonly Dictionary<Element, List<Relationship>> _byTopLevel = [];

    /// <summary>The person, software system or custom element an element belongs to (itself, when it is one).</summary>
    public static Element TopLevelOf(Element element)
    {
        var e = element;
        while (e.Parent is not null) e = e.Parent;
        return e;
    }

    public RelationshipsByTopLevel(Model model)
    {
        foreach (var relationship in model.Relationships)
        {
            var source = TopLevelOf(relationship.Source);
            var destination = TopLevelOf(relationship.Destination);
            Add(source, relationship);
            if (!ReferenceEquals(source, destination)) Add(destination, relationship);
        }
    }

    /// <summary>The relationships with at least one end inside <paramref name="element"/>'s top-level element, in model order.</summary>
    public IReadOnlyList<Relationship> Touching(Element element)
        => _byTopLevel.TryGetValue(TopLevelOf(element), out var list) ? list : [];

    private void Add(Element topLevel, Relationship relationship)
    {
        if (!_byTopLevel.TryGetValue(topLevel, out var list)) _byTopLevel[topLevel] = list = [];
        list.Add(relationship);
    }
}
