using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Writes the container diagrams of one software system after another for <see cref="StereotypedContainerDiagramRenderer"/>:
/// one diagram per container view of the system (as Structurizr draws a view: its elements and relationships, not the
/// whole model), or, without a view, the system's containers and whatever talks to them. Containers sit inside the
/// system's boundary, grouped by their Structurizr group (by stereotype when the model has no groups); each node shows
/// its name, its stereotype and one key fact, each edge its relationship's description. A view with more elements than
/// one picture shows readably is drawn group by group (<see cref="LargeDiagrams"/>), with a sentence saying so.
/// </summary>
/// <remarks>
/// One chart serves every diagram: each is written into the document before the next is begun, and thousands of
/// systems would otherwise each allocate the same collections. Custom elements (the boundary's gates and fallbacks)
/// belong to the boundary diagrams and are never drawn here.
/// </remarks>
internal sealed class StereotypedSystemDiagrams
{
    private readonly DocumentContext _context;
    private readonly RadAiFlowchart _chart = new("TB");
    private readonly Dictionary<SoftwareSystem, List<ContainerView>> _views = [];

    public StereotypedSystemDiagrams(DocumentContext context)
    {
        _context = context;
        var views = context.Workspace.Views;
        // The boundary's base views are drawn by the boundary diagram, region by region.
        var boundaryViews = views.FilteredViews.Where(f => f.Key.StartsWith(RadAiConvention.RegionViewKeyPrefix, StringComparison.Ordinal))
            .Select(f => f.BaseViewKey).ToHashSet(StringComparer.Ordinal);
        foreach (var view in views.ContainerViews)
        {
            if (boundaryViews.Contains(view.Key)) continue;
            if (!_views.TryGetValue(view.SoftwareSystem, out var list)) _views[view.SoftwareSystem] = list = [];
            list.Add(view);
        }
    }

    /// <summary>Writes the container diagram(s) of <paramref name="system"/>, with a sentence for each view and each split.</summary>
    public void Write(MarkdownWriter markdown, SoftwareSystem system)
    {
        if (_views.TryGetValue(system, out var views))
            foreach (var view in views)
            {
                var contents = ViewContents.Of(view)!;
                var elements = contents.Elements.Where(PlainModel.Shows).ToList();
                var relationships = contents.Relationships.Where(r => PlainModel.Shows(r.Relationship))
                    .Select(r => (r.Relationship.Source, r.Relationship.Destination, r.Description ?? r.Relationship.Description)).ToList();
                markdown.Paragraph($"Drawn from the view {Markup.Code(view.Key)}: the elements and relationships it holds.");
                Draw(markdown, system, elements, relationships, view.AutomaticLayout?.RankDirection == RankDirection.LeftRight ? "LR" : "TB");
            }
        else
        {
            var (elements, relationships) = FromModel(system);
            markdown.Paragraph($"No container view shows {system.Name}: drawn from its containers and the people and systems they interact with.");
            Draw(markdown, system, elements, relationships, "TB");
        }
    }

    // The containers of the system and what talks to them directly, in model order; the relationships between them.
    private (List<Element> Elements, List<(Element Source, Element Destination, string? Description)> Relationships) FromModel(SoftwareSystem system)
    {
        var elements = new List<Element>(system.Containers);
        var seen = new HashSet<Element>(elements);
        var outside = new List<Element>();
        // Only the system's own relationships are read, so drawing every system stays linear in the model's size.
        var touching = _context.RelationshipsByTopLevel.Touching(system);
        foreach (var r in touching)
        {
            if (!PlainModel.Shows(r)) continue;
            if (r.Source.Parent == system && r.Destination is StaticStructureElement && seen.Add(r.Destination)) outside.Add(r.Destination);
            if (r.Destination.Parent == system && r.Source is StaticStructureElement && seen.Add(r.Source)) outside.Add(r.Source);
        }
        elements.AddRange(outside.OrderBy(_context.PositionOf));
        var relationships = touching.Where(r => PlainModel.Shows(r) && seen.Contains(r.Source) && seen.Contains(r.Destination)
                                               && (r.Source.Parent == system || r.Destination.Parent == system))
            .Select(r => (r.Source, r.Destination, r.Description)).ToList();
        return (elements, relationships);
    }

    private void Draw(MarkdownWriter markdown, SoftwareSystem system, List<Element> elements,
        List<(Element Source, Element Destination, string? Description)> relationships, string direction)
    {
        var grouped = elements.Any(e => e.IsWithin(system) && GroupOf(e) is not null);
        LargeDiagrams.Write(markdown, Chart(system, elements, relationships, direction), grouped ? "group" : "stereotype");
    }

    private static string? GroupOf(Element element)
    {
        if (element is StaticStructureElement { Group: { } group } && !string.IsNullOrWhiteSpace(group)) return group;
        return null;
    }

    private RadAiFlowchart Chart(SoftwareSystem system, List<Element> elements, List<(Element Source, Element Destination, string? Description)> relationships, string direction)
    {
        var catalog = _context.Ai.Stereotypes;
        var workspace = _context.Workspace;
        var chart = _chart;
        chart.Clear();
        chart.Direction = direction;
        var drawn = elements.ToHashSet();
        var inside = new List<(Element Element, StereotypedElement? Stereotyped, string Id)>();
        foreach (var element in elements)
        {
            if (element.IsWithin(system) && !ReferenceEquals(element, system))
            {
                var handle = catalog.FindElement(element);
                var kind = handle is not null ? handle.Stereotype.BracketLabel
                    : PlainModel.Technology(element) is { } technology ? "[" + PlainModel.Kind(element) + ": " + technology + "]" : "[" + PlainModel.Kind(element) + "]";
                inside.Add((element, handle, chart.Node(Key(element), [element.Name, kind, handle is null ? null : StereotypeAnnotations.KeyFactOf(handle)],
                    DiagramPalette.ShapeOf(workspace, handle?.Stereotype))));
            }
            else chart.Node(Key(element), [element.Name, "[" + RadAiText.TypeOf(element) + "]"], element is Person ? FlowchartShape.Rounded : FlowchartShape.Box);
        }
        // Grouped as the model groups them; a model without groups is grouped by stereotype.
        var systemKey = Key(system);
        if (inside.Any(i => GroupOf(i.Element) is not null))
        {
            foreach (var group in inside.Select(i => GroupOf(i.Element)).OfType<string>().Distinct())
                chart.Subgraph(systemKey + " group " + group, group, inside.Where(i => GroupOf(i.Element) == group).Select(i => i.Id), DiagramPalette.Group, systemKey);
        }
        else
        {
            foreach (var stereotype in inside.Select(i => i.Stereotyped?.Stereotype).OfType<Stereotype>().Distinct())
                chart.Subgraph(systemKey + " stereotype " + stereotype.Label, stereotype.Name + " " + stereotype.BracketLabel,
                    inside.Where(i => i.Stereotyped?.Stereotype == stereotype).Select(i => i.Id), DiagramPalette.Group, systemKey);
        }
        chart.Subgraph(systemKey, system.Name, inside.Select(i => i.Id), DiagramPalette.SystemBoundary);
        foreach (var (source, destination, description) in relationships)
            if (drawn.Contains(source) && drawn.Contains(destination) && !ReferenceEquals(source, destination))
                chart.Edge(chart.Id(Key(source)), chart.Id(Key(destination)), description);
        foreach (var stereotype in catalog.All)
            chart.Class(DiagramPalette.StereotypeClass(stereotype), DiagramPalette.StereotypeCss(workspace, stereotype),
                inside.Where(i => i.Stereotyped?.Stereotype == stereotype).Select(i => i.Id));
        return chart;
    }

    // Already a slug ("e_42"): the flowchart takes it as the node id as it is.
    private static string Key(Element element) => "e_" + element.Id;
}
