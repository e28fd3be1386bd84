using RadAi.Dsl.Rendering;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// C4-E3: the deterministic, non-deterministic, boundary and fallback regions as subgraphs, with the confidence gates
/// (CG-x) written on the edges that cross them; then the boundary interfaces, gates, bands, fallbacks, degradation,
/// propagation rules and testing implications.
/// </summary>
internal sealed class NonDeterminismBoundaryRenderer : MarkdownDocumentRenderer
{
    public const string DocumentPath = "rad-ai/c4-diagrams/non-determinism-boundary.md";

    public override DocumentGroup Group => DocumentGroup.RadAiC4;

    public override string Path => DocumentPath;

    public override string Title => "Non-determinism boundary";

    private static readonly (Region Region, string Title)[] WellKnownRegions =
    [
        (Region.Deterministic, "Deterministic region"),
        (Region.Boundary, "Confidence gate layer"),
        (Region.NonDeterministic, "Non-deterministic region"),
        (Region.Fallback, "Deterministic fallback region"),
    ];

    // RAD-AI's four regions with their titles, then the user's own regions in use, titled as written; colours from the palette.
    private static IEnumerable<(Region Region, string Title, string Style)> Regions(NonDeterminismBoundary boundary)
        => WellKnownRegions.Concat(boundary.Regions.Where(r => !r.IsWellKnown).Select(r => (Region: r, Title: r.Name)))
            .Select(r => (r.Region, r.Title, DiagramPalette.RegionStyle(r.Region)));

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var boundary = context.Ai.Boundary;
        markdown.Paragraph("Where the architecture stops being deterministic: which elements give the same answer for the same input, "
                           + "which give probabilistic answers, the gates that decide by confidence which answer is used, and what takes over when a model cannot be trusted.");
        markdown.Bullets([Markup.Link("Container diagram with AI stereotypes", DocumentContext.Link(DocumentPath, StereotypedContainerDiagramRenderer.DocumentPath))], "");

        var anyPlaced = Regions(boundary).Any(r => boundary.Members(r.Region).Count > 0);
        markdown.Heading(2, "Regions").Table(["Region", "Elements"],
            anyPlaced ? Regions(boundary).Select(r => (IReadOnlyList<Markup>)[RadAiText.Of(r.Region), RadAiText.Names(boundary.Members(r.Region)) ?? "none"]) : [],
            "No element is placed in a region.");

        markdown.Heading(2, "Boundary diagram");
        var diagram = Diagram(context);
        if (diagram.IsEmpty) markdown.Note("Nothing to draw: no regions, confidence gates or boundary interfaces are recorded.");
        else LargeDiagrams.Write(markdown, diagram, "region");

        markdown.Heading(2, "Confidence gates").Table(["Gate", "Model", "Threshold", "Below threshold", "At or above", "Gate element", "Fallback element"],
            boundary.Gates, g => [g.Id, g.Component.Name, Routing(g), g.ActionBelow ?? MarkdownText.NotStated,
                g.ActionAbove ?? (g.Threshold is null ? MarkdownText.NotStated : "model output used"),
                g.Gate?.Name, g.Fallback?.Name],
            "No confidence gates are recorded.");

        markdown.Heading(2, "Boundary interfaces").Table(["Interface ID", "From (region)", "To (region)", "Data exchanged", "Contract", "Timeout", "Confidence range"],
            boundary.Interfaces, i => [i.Id, WithRegion(boundary, i.From), WithRegion(boundary, i.To), i.DataExchanged, i.Contract,
                i.Timeout is { } t ? RadAiText.Span(t) : null, i.Confidence?.ToString()],
            "No boundary interfaces are recorded.");

        markdown.Heading(2, "Confidence bands").Table(["Model", "Band", "Applies when", "Action"],
            boundary.Bands.SelectMany(b => b.All.Select(band => (IReadOnlyList<Markup>)[b.Component.Name, band.Name ?? MarkdownText.NotStated,
                band.When ?? MarkdownText.NotStated, band.Action])),
            "No confidence bands are recorded.");

        markdown.Heading(2, "Fallback strategies").Table(["ID", "Fallback", "For", "Trigger", "Behaviour", "Limitations", "User experience", "Element"],
            boundary.Fallbacks, f => [f.Id, f.Name, f.For.Name, f.Trigger, f.Behavior, f.Limitations, f.UserExperience, f.Element?.Name],
            "No fallback strategies are recorded.");

        markdown.Heading(2, "Degradation behaviour").Table(["Scenario", "Detection", "System behaviour", "User impact", "Maximum duration", "Affected"],
            boundary.Degradation, d => [d.Scenario, d.Detection, d.SystemBehavior, d.UserImpact, d.MaxDuration, RadAiText.Names(d.Affected)],
            "No degradation scenarios are recorded.");

        markdown.Heading(2, "Propagation rules").Table(["Rule", "Description", "Example"],
            boundary.PropagationRules, r => [r.Rule, r.Description, r.Example],
            "No propagation rules are recorded.");

        markdown.Heading(2, "Testing implications").Table(["Test type", "Purpose", "Approach", "Frequency"],
            boundary.Tests, t => [t.TestType, t.Purpose, t.Approach, t.Frequency?.ToString()],
            "No boundary tests are recorded.");
    }

    // Each node: name, stereotype or kind, one fact (a model's confidence range, a gate's threshold); each edge: the
    // gate's threshold, the interface's or fallback's id (the tables below say what crosses), or the relationship's description. The tables beside the
    // diagram carry the rest. Plain relationships are drawn only where they cross from one region to another.
    private static RadAiFlowchart Diagram(DocumentContext context)
    {
        var boundary = context.Ai.Boundary;
        var catalog = context.Ai.Stereotypes;
        var chart = new RadAiFlowchart("LR");
        var confidence = new Dictionary<ElementRef, string>();
        foreach (var m in catalog.MlModels) if (StereotypeAnnotations.Part(m, "confidence") is { } c) confidence[m] = c;
        var gateOf = new Dictionary<Element, ConfidenceGate>();
        foreach (var g in boundary.Gates) if (g.Gate is { } ge) gateOf.TryAdd(ge.Element, g);
        string Node(Element e)
        {
            var s = catalog.FindElement(e);
            var gate = gateOf.GetValueOrDefault(e);
            // A gate's node names its id once: in its name when the name holds it, else before its threshold.
            var fact = gate is null ? confidence.GetValueOrDefault(e)
                : (e.Name.Contains(gate.Id, StringComparison.Ordinal) ? string.Empty : gate.Id + " ") + (gate.Threshold is { } t ? "≥ " + RadAiText.Confidence(t) : string.Empty);
            return chart.Node("e " + e.Id, [e.Name, s is null ? "[" + RadAiText.TypeOf(e) + "]" : s.Stereotype.BracketLabel, fact],
                gate is not null ? FlowchartShape.Hexagon : FlowchartShape.Box);
        }
        var placed = new HashSet<Element>();
        var regionOf = new Dictionary<Element, Region>();
        foreach (var (region, title, style) in Regions(boundary))
        {
            var members = boundary.Members(region);
            placed.UnionWith(members);
            foreach (var m in members) regionOf.TryAdd(m, region);
            var ids = members.Select(Node).ToList();
            // Gates without an element of their own sit in the gate layer.
            if (region == Region.Boundary)
                ids.AddRange(boundary.Gates.Where(g => g.Gate is null).Select(g => chart.Node("gate " + g.Id,
                    [g.Id, "[confidence gate]", g.Threshold is { } t ? "≥ " + RadAiText.Confidence(t) : null], FlowchartShape.Hexagon)));
            chart.Subgraph(Vocabulary.Identifier(region.Name), title, ids, style);
        }
        string GateNode(ConfidenceGate g) => g.Gate is { } e ? Node(e.Element) : chart.Id("gate " + g.Id);

        // Crossings first, so the gate and interface labels win over plain relationship descriptions.
        foreach (var g in boundary.Gates)
        {
            var gate = GateNode(g);
            chart.Edge(gate, Node(g.Component.Element), g.Threshold is { } t ? "≥ " + RadAiText.Confidence(t) : "passes");
            if (g.Fallback is { } fb) chart.Edge(gate, Node(fb.Element), g.Threshold is { } below ? "< " + RadAiText.Confidence(below) : "falls back", dotted: true);
        }
        foreach (var i in boundary.Interfaces) chart.Edge(Node(i.From.Element), Node(i.To.Element), i.Id);
        foreach (var f in boundary.Fallbacks)
            if (f.Element is { } fe && !boundary.Gates.Any(g => g.Fallback == fe && g.Component == f.For))
                chart.Edge(Node(f.For.Element), Node(fe.Element), f.Id, dotted: true);
        foreach (var r in context.Workspace.Model.Relationships)
        {
            if (!regionOf.TryGetValue(r.Source, out var from) || !regionOf.TryGetValue(r.Destination, out var to) || from == to) continue;
            var source = chart.Id("e " + r.Source.Id);
            var destination = chart.Id("e " + r.Destination.Id);
            if (!chart.HasEdge(source, destination) && !chart.HasEdge(destination, source)) chart.Edge(source, destination, r.Description);
        }
        return chart;
    }

    private static string WithRegion(NonDeterminismBoundary boundary, ElementRef element)
        => element.Name + " (" + (boundary.RegionOf(element) is { } r ? RadAiText.Of(r) : "no region") + ")";

    // The routing as written, with the metric it routes on when named and the routing does not already start with it.
    private static string Routing(ConfidenceGate g)
        => g.Routing is { } r
            ? (g.Metric is { } m && !r.StartsWith(m, StringComparison.OrdinalIgnoreCase) ? m + ": " + r : r)
            : MarkdownText.NotStated;

}
