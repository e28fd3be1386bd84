using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Draws the diagrams of the standard C4 and arc42 documents: the elements and relationships given (one view's, or what
/// the model has without a view), and nothing else. The elements inside the opened scope (a system's containers, a
/// container's components) sit in its boundary, grouped in subgraphs by their Structurizr group; each node shows its
/// name and its kind with its technology, each edge its relationship's description (wrapped). A diagram with more
/// elements or relationships than one picture shows readably is drawn group by group (<see cref="LargeDiagrams"/>),
/// with a sentence saying so. Plain C4: no tags, styles or stereotypes, so nothing of the RAD-AI layer shows through.
/// </summary>
/// <remarks>One chart serves every diagram of a document: each is written before the next is begun.</remarks>
internal sealed class PlainDiagram
{
    // Context diagrams often have relationships both ways between the system and a partner.
    private readonly RadAiFlowchart _chart = new("TB");

    /// <summary>The style of the element a context diagram is about.</summary>
    private const string ScopeStyle = "stroke-width:3px";

    /// <summary>
    /// Writes the diagram of <paramref name="elements"/> and <paramref name="relationships"/> (those with an end not
    /// drawn are left out) about <paramref name="scope"/>: when <paramref name="opened"/>, the elements within it are
    /// drawn inside its boundary; the scope itself, when drawn as a node, is outlined more strongly.
    /// </summary>
    public void Write(MarkdownWriter markdown, Element scope, bool opened, IEnumerable<Element> elements,
        IEnumerable<(Element Source, Element Destination, string? Description)> relationships, string direction = "TB")
    {
        var chart = _chart;
        chart.Clear();
        chart.Direction = direction;
        var drawn = new HashSet<Element>();
        var inside = new List<(Element Element, string Id)>();
        foreach (var element in elements)
        {
            if (!drawn.Add(element)) continue;
            var id = chart.Node(Key(element), [element.Name, Kind(element)], element is Person ? FlowchartShape.Rounded : FlowchartShape.Box);
            if (opened && !ReferenceEquals(element, scope) && element.IsWithin(scope)) inside.Add((element, id));
        }
        if (opened)
        {
            var scopeKey = Key(scope);
            // The boundary separates the inside from what is outside; with nothing outside (a whitebox of its own
            // building blocks) it would only wrap the groups, and Mermaid then lays them side by side, far too wide.
            var bounded = inside.Count < drawn.Count;
            foreach (var group in inside.Select(i => GroupOf(i.Element)).OfType<string>().Distinct(StringComparer.Ordinal))
                chart.Subgraph(scopeKey + " group " + group, group, inside.Where(i => GroupOf(i.Element) == group).Select(i => i.Id), DiagramPalette.Group,
                    bounded ? scopeKey : null);
            // One line: Mermaid does not make room for a second line of a subgraph's title, which a group's title would cover.
            if (bounded) chart.Subgraph(scopeKey, scope.Name + " " + Kind(scope), inside.Select(i => i.Id), DiagramPalette.SystemBoundary);
        }
        if (drawn.Contains(scope)) chart.Class("scope", ScopeStyle, [chart.Id(Key(scope))]);
        foreach (var (source, destination, description) in relationships)
            if (drawn.Contains(source) && drawn.Contains(destination) && !ReferenceEquals(source, destination))
                chart.Edge(chart.Id(Key(source)), chart.Id(Key(destination)), description);
        LargeDiagrams.Write(markdown, chart, "group");
    }

    /// <summary>The direction a view asks for: LR for a left-right layout, else TB.</summary>
    public static string DirectionOf(ModelView view) => view.AutomaticLayout?.RankDirection == RankDirection.LeftRight ? "LR" : "TB";

    // "[Container: Java]", "[Person]": the kind line C4 draws under a name.
    private static string Kind(Element element)
        => PlainModel.Technology(element) is { } technology && !string.IsNullOrWhiteSpace(technology)
            ? "[" + PlainModel.Kind(element) + ": " + technology + "]"
            : "[" + PlainModel.Kind(element) + "]";

    private static string? GroupOf(Element element)
        => element is StaticStructureElement { Group: { } group } && !string.IsNullOrWhiteSpace(group) ? group : null;

    // Already a slug ("e_42"): the flowchart takes it as the node id as it is.
    private static string Key(Element element) => "e_" + element.Id;
}
