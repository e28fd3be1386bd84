using System.Runtime.InteropServices;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Draws the container diagram of one software system after another for <see cref="StereotypedContainerDiagramRenderer"/>:
/// the containers labelled and styled by stereotype inside the system's boundary, whatever talks to them outside it.
/// </summary>
/// <remarks>
/// One chart and its working collections serve every system: each diagram is written into the document before the
/// next is begun, and thousands of systems would otherwise each allocate the same dozen collections. The stereotypes'
/// classes (names and styles) are the same for every system, so they are made once.
/// </remarks>
internal sealed class StereotypedSystemDiagrams
{
    private readonly DocumentContext _context;
    private readonly List<(Stereotype Stereotype, string Name, string Css)> _classes;
    private readonly RadAiFlowchart _chart = new("TB");
    // The node id of every element drawn: edges and classes look ids up instead of making keys again.
    private readonly Dictionary<Element, string> _ids = [];
    private readonly List<string> _containerIds = [];
    private readonly List<Stereotype?> _stereotypes = [];
    private readonly List<(int Position, int Seen, Element Element)> _outside = [];
    private readonly HashSet<Element> _seen = [];
    private readonly List<string?> _lines = [];
    private readonly List<string> _members = [];

    public StereotypedSystemDiagrams(DocumentContext context)
    {
        _context = context;
        _classes = [.. context.Ai.Stereotypes.All.Select(s => (s, StereotypedContainerDiagramRenderer.ClassName(s), Css(context.Workspace, s)))];
    }

    /// <summary>The diagram of <paramref name="system"/>; valid until the next call.</summary>
    public RadAiFlowchart Draw(SoftwareSystem system)
    {
        var catalog = _context.Ai.Stereotypes;
        _chart.Clear();
        _ids.Clear();
        _containerIds.Clear();
        _stereotypes.Clear();
        foreach (var container in system.Containers)
        {
            var handle = catalog.FindElement(container);
            _stereotypes.Add(handle?.Stereotype);
            _containerIds.Add(_ids[container] = _chart.Node(Key(container), Label(container, handle), ShapeOf(handle?.Stereotype)));
        }
        // Outside the boundary: whatever talks to a container directly, in model order. Only the system's own
        // relationships are read, so drawing every system stays linear in the model's size.
        var relationships = _context.RelationshipsByTopLevel.Touching(system);
        _outside.Clear();
        _seen.Clear();
        foreach (var r in relationships)
        {
            if (r.Source.Parent == system && r.Destination is StaticStructureElement) Outside(r.Destination);
            if (r.Destination.Parent == system && r.Source is StaticStructureElement) Outside(r.Source);
        }
        // Model order; elements at the same position (none, in one model) keep the order they were met in.
        _outside.Sort(static (a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Seen.CompareTo(b.Seen));
        foreach (var (_, _, element) in _outside)
            _ids[element] = _chart.Node(Key(element), [element.Name, "[" + RadAiText.TypeOf(element) + "]"], element is Person ? FlowchartShape.Rounded : FlowchartShape.Box);
        _chart.Subgraph(Key(system), system.Name, _containerIds, "fill:#ffffff,stroke:#444444,stroke-dasharray:5 5");
        foreach (var r in relationships)
            if (_ids.TryGetValue(r.Source, out var from) && _ids.TryGetValue(r.Destination, out var to) && (r.Source.Parent == system || r.Destination.Parent == system))
                _chart.Edge(from, to, r.Description);
        foreach (var (stereotype, name, css) in _classes)
        {
            _members.Clear();
            for (var i = 0; i < _stereotypes.Count; i++)
                if (_stereotypes[i] == stereotype) _members.Add(_containerIds[i]);
            _chart.Class(name, css, _members);
        }
        return _chart;
    }

    private void Outside(Element element)
    {
        if (!_ids.ContainsKey(element) && _seen.Add(element)) _outside.Add((_context.PositionOf(element), _outside.Count, element));
    }

    // A container's label lines, in one list kept for every container.
    private ReadOnlySpan<string?> Label(Container container, StereotypedElement? handle)
    {
        _lines.Clear();
        _lines.Add(container.Name);
        if (handle is not null)
        {
            _lines.Add(container.Technology is null ? handle.Stereotype.BracketLabel : handle.Stereotype.BracketLabel + " " + container.Technology);
            _lines.Add(_context.AnnotationOf(handle));
        }
        else
        {
            _lines.Add(container.Technology is null ? "[Container]" : "[Container: " + container.Technology + "]");
            _lines.Add(container.Description);
        }
        foreach (var component in container.Components)
            if (_context.Ai.Stereotypes.FindElement(component) is { } stereotyped) _lines.Add("contains " + stereotyped);
        return CollectionsMarshal.AsSpan(_lines);
    }

    // Already a slug ("e_42"): the flowchart takes it as the node id as it is.
    private static string Key(Element element) => "e_" + element.Id;

    // The workspace's style for the stereotype's tag wins (it may have been changed); else the stereotype's defaults.
    private static string Css(Workspace workspace, Stereotype stereotype)
    {
        var style = workspace.Views.Configuration.Styles.GetElementStyle(stereotype.Name);
        var fill = style?.Background ?? stereotype.Background;
        var color = style?.Color ?? stereotype.Color;
        var stroke = style?.Stroke ?? "#333333";
        return "fill:" + fill + ",stroke:" + stroke + ",color:" + color;
    }

    private static FlowchartShape ShapeOf(Stereotype? stereotype) => stereotype?.Shape switch
    {
        null => FlowchartShape.Box,
        Shape.Cylinder => FlowchartShape.Cylinder,
        Shape.Pipe => FlowchartShape.Subroutine,
        Shape.Hexagon => FlowchartShape.Hexagon,
        Shape.Ellipse or Shape.Circle => FlowchartShape.Stadium,
        Shape.Diamond => FlowchartShape.Diamond,
        Shape.Person or Shape.RoundedBox => FlowchartShape.Rounded,
        _ => FlowchartShape.Box,
    };
}
