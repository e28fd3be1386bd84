using RadAi.Dsl.Rendering.Markdown.Diagrams;
using RadAi.Dsl.Ai.Stereotypes;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Markdown.C4Diagrams;

/// <summary>
/// C4-E1: the container diagram of each software system with the AI stereotypes shown as labels ([ML], [DP], [FS], [MON],
/// [HITL] and custom ones) and styled per stereotype, the stereotype legend and the AI component inventory.
/// </summary>
internal sealed class StereotypedContainerDiagramRenderer : MarkdownDocumentRenderer
{
    public const string DocumentPath = "rad-ai/c4-diagrams/container-diagram.md";

    public override DocumentGroup Group => DocumentGroup.RadAiC4;

    public override string Path => DocumentPath;

    public override string Title => "Container diagram with AI stereotypes";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var catalog = context.Ai.Stereotypes;
        var model = context.Workspace.Model;
        var stereotyped = catalog.Elements;
        markdown.Paragraph("C4 container level with the RAD-AI stereotypes: models, data pipelines, feature stores, monitors and "
                           + "human review points are labelled and coloured by kind, so the AI parts of the system stand out from plain containers.");
        markdown.Bullets([
            MarkdownWriter.Link("Data lineage overlay", DocumentContext.Link(DocumentPath, DataLineageOverlayRenderer.DocumentPath)),
            MarkdownWriter.Link("Non-determinism boundary", DocumentContext.Link(DocumentPath, NonDeterminismBoundaryRenderer.DocumentPath)),
        ], "");

        // Each count reads every element's tags: once per stereotype, for the table and the summary line.
        var counts = catalog.All.Select(s => (Stereotype: s, catalog.ElementsOf(s).Count)).ToList();
        markdown.Heading(2, "Stereotypes").Table(["Stereotype", "Label", "Description", "Required properties", "Elements", "Style"],
            counts.Select(c => (IReadOnlyList<string?>)["&lt;&lt;" + c.Stereotype.Name + "&gt;&gt;", c.Stereotype.BracketLabel, c.Stereotype.Description,
                RadAiText.List(c.Stereotype.RequiredProperties.Select(p => p.Key)), c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StyleText(context.Workspace, c.Stereotype)]),
            "No stereotypes are known.");

        var systems = model.SoftwareSystems.Where(s => s.Containers.Count > 0).ToList();
        markdown.Heading(2, "Container diagrams");
        if (systems.Count == 0) markdown.Paragraph("_The model has no containers, so there is no container diagram._");
        foreach (var system in systems)
        {
            if (systems.Count > 1) markdown.Heading(3, system.Name);
            markdown.Mermaid(Diagram(context, system));
        }
        if (systems.Count > 0 && stereotyped.Count == 0) markdown.Paragraph("_No element carries an AI stereotype._");

        markdown.Heading(2, "AI component inventory").Table(["Element", "Stereotype", "Type", "Part of", "Technology", "Key properties", "Missing properties"],
            stereotyped.Select(e => (IReadOnlyList<string?>)[e.Name, e.Stereotype.BracketLabel, RadAiText.TypeOf(e.Element), e.Element.Parent?.Name,
                Technology(e.Element), context.AnnotationOf(e), RadAiText.List(e.MissingProperties.Select(p => p.Key))]),
            "No element carries an AI stereotype.");
        if (stereotyped.Count > 0)
        {
            var summary = counts.Where(x => x.Count > 0).Select(x => x.Count + " " + x.Stereotype.BracketLabel);
            markdown.Paragraph(MarkdownText.Inline(Words.Count(stereotyped.Count, "AI element") + ": " + string.Join(", ", summary) + "."));
        }
    }

    private static RadAiFlowchart Diagram(DocumentContext context, SoftwareSystem system)
    {
        var catalog = context.Ai.Stereotypes;
        var chart = new RadAiFlowchart("TB");
        var drawn = new HashSet<Element>(system.Containers);
        var containerIds = new List<string>();
        var stereotypes = new Dictionary<Container, Stereotype?>(system.Containers.Count);
        foreach (var container in system.Containers)
        {
            var stereotype = stereotypes[container] = catalog.StereotypeOf(container);
            containerIds.Add(chart.Node(Key(container), Label(context, container), ShapeOf(stereotype)));
        }
        // Outside the boundary: whatever talks to a container directly, in model order. Only the system's own
        // relationships are read, so drawing every system stays linear in the model's size.
        var relationships = context.RelationshipsByTopLevel.Touching(system);
        var outside = new HashSet<Element>();
        foreach (var r in relationships)
        {
            if (r.Source.Parent == system && r.Destination is StaticStructureElement && !drawn.Contains(r.Destination)) outside.Add(r.Destination);
            if (r.Destination.Parent == system && r.Source is StaticStructureElement && !drawn.Contains(r.Source)) outside.Add(r.Source);
        }
        foreach (var element in outside.OrderBy(context.PositionOf))
        {
            drawn.Add(element);
            chart.Node(Key(element), [element.Name, "[" + RadAiText.TypeOf(element) + "]"], element is Person ? FlowchartShape.Rounded : FlowchartShape.Box);
        }
        chart.Subgraph(Key(system), system.Name, containerIds, "fill:#ffffff,stroke:#444444,stroke-dasharray:5 5");
        foreach (var r in relationships)
            if (drawn.Contains(r.Source) && drawn.Contains(r.Destination) && (r.Source.Parent == system || r.Destination.Parent == system))
                chart.Edge(chart.Id(Key(r.Source)), chart.Id(Key(r.Destination)), r.Description);
        foreach (var stereotype in catalog.All)
        {
            var members = system.Containers.Where(c => stereotypes[c] == stereotype).Select(c => chart.Id(Key(c))).ToList();
            chart.Class(ClassName(stereotype), Css(context.Workspace, stereotype), members);
        }
        return chart;
    }

    private static List<string?> Label(DocumentContext context, Container container)
    {
        var catalog = context.Ai.Stereotypes;
        if (catalog.Of(container) is { } s)
            return [container.Name, s.Stereotype.BracketLabel + (container.Technology is null ? string.Empty : " " + container.Technology), context.AnnotationOf(s),
                .. container.Components.Where(c => catalog.StereotypeOf(c) is not null).Select(c => "contains " + catalog.Of(c))];
        var components = container.Components.Where(c => catalog.StereotypeOf(c) is not null).Select(c => "contains " + catalog.Of(c)).ToList();
        return [container.Name, "[Container" + (container.Technology is null ? string.Empty : ": " + container.Technology) + "]", container.Description, .. components];
    }

    private static string Key(Element element) => "e " + element.Id;

    /// <summary>The class name of a stereotype: "st_ml", "st_hitl", "st_llm".</summary>
    public static string ClassName(Stereotype stereotype) => "st_" + stereotype.Label.ToLowerInvariant().Replace('-', '_');

    // The workspace's style for the stereotype's tag wins (it may have been changed); else the stereotype's defaults.
    private static string Css(Workspace workspace, Stereotype stereotype)
    {
        var style = workspace.Views.Configuration.Styles.GetElementStyle(stereotype.Name);
        var fill = style?.Background ?? stereotype.Background;
        var color = style?.Color ?? stereotype.Color;
        var stroke = style?.Stroke ?? "#333333";
        return "fill:" + fill + ",stroke:" + stroke + ",color:" + color;
    }

    private static string StyleText(Workspace workspace, Stereotype stereotype)
    {
        var style = workspace.Views.Configuration.Styles.GetElementStyle(stereotype.Name);
        return Words.Of(style?.Shape ?? stereotype.Shape) + ", " + (style?.Background ?? stereotype.Background);
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

    private static string? Technology(Element element) => element switch
    {
        Container c => c.Technology,
        Component c => c.Technology,
        _ => null,
    };
}
