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

    private static readonly (Region Region, string Title, string Style)[] Regions =
    [
        (Region.Deterministic, "Deterministic region", "fill:#e8f5e9,stroke:#2e7d32"),
        (Region.Boundary, "Confidence gate layer", "fill:#e3f2fd,stroke:#1565c0"),
        (Region.NonDeterministic, "Non-deterministic region", "fill:#fff3e0,stroke:#ef6c00"),
        (Region.Fallback, "Deterministic fallback region", "fill:#fce4ec,stroke:#c62828"),
    ];

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var boundary = context.Ai.Boundary;
        markdown.Paragraph("Where the architecture stops being deterministic: which elements give the same answer for the same input, "
                           + "which give probabilistic answers, the gates that decide by confidence which answer is used, and what takes over when a model cannot be trusted.");
        markdown.Bullets([Markup.Link("Container diagram with AI stereotypes", DocumentContext.Link(DocumentPath, StereotypedContainerDiagramRenderer.DocumentPath))], "");

        var anyPlaced = Regions.Any(r => boundary.Members(r.Region).Count > 0);
        markdown.Heading(2, "Regions").Table(["Region", "Elements"],
            anyPlaced ? Regions.Select(r => (IReadOnlyList<Markup>)[RadAiText.Of(r.Region), RadAiText.Names(boundary.Members(r.Region)) ?? "none"]) : [],
            "No element is placed in a region.");

        markdown.Heading(2, "Boundary diagram");
        var diagram = Diagram(context);
        if (diagram.IsEmpty) markdown.Note("Nothing to draw: no regions, confidence gates or boundary interfaces are recorded.");
        else markdown.Mermaid(diagram);

        markdown.Heading(2, "Confidence gates").Table(["Gate", "Model", "Threshold", "Below threshold", "At or above", "Gate element", "Fallback element"],
            boundary.Gates, g => [g.Id, g.Component.Name, RadAiText.Confidence(g.Threshold), g.ActionBelow, g.ActionAbove ?? "model output used",
                g.Gate?.Name, g.Fallback?.Name],
            "No confidence gates are recorded.");

        markdown.Heading(2, "Boundary interfaces").Table(["Interface ID", "From (region)", "To (region)", "Data exchanged", "Contract", "Timeout", "Confidence range"],
            boundary.Interfaces, i => [i.Id, WithRegion(boundary, i.From), WithRegion(boundary, i.To), i.DataExchanged, i.Contract,
                i.Timeout is { } t ? RadAiText.Span(t) : null, i.Confidence?.ToString()],
            "No boundary interfaces are recorded.");

        markdown.Heading(2, "Confidence bands").Table(["Model", "High", "Medium", "Low", "Rejection"],
            boundary.Bands, b => [b.Component.Name, Band(b.High), Band(b.Medium), Band(b.Low), Band(b.Rejection)],
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

    private static RadAiFlowchart Diagram(DocumentContext context)
    {
        var boundary = context.Ai.Boundary;
        var catalog = context.Ai.Stereotypes;
        var chart = new RadAiFlowchart("TB");
        var confidence = new Dictionary<ElementRef, string>();
        foreach (var m in catalog.MlModels) if (StereotypeAnnotations.Part(m, "confidence") is { } c) confidence[m] = c;
        string Node(Element e)
        {
            var s = catalog.Of(e);
            var gates = boundary.Gates.Where(g => g.Gate?.Element == e).Select(g => g.Id + " threshold " + RadAiText.Confidence(g.Threshold));
            var fallbacks = boundary.Fallbacks.Where(f => f.Element?.Element == e).Select(f => f.Id + ": fallback for " + f.For.Name);
            return chart.Node("e " + e.Id, [e.Name, s is null ? "[" + RadAiText.TypeOf(e) + "]" : s.Stereotype.BracketLabel,
                confidence.GetValueOrDefault(e), .. gates, .. fallbacks],
                gates.Any() ? FlowchartShape.Hexagon : FlowchartShape.Box);
        }
        var placed = new HashSet<Element>();
        foreach (var (region, title, style) in Regions)
        {
            var members = boundary.Members(region);
            placed.UnionWith(members);
            var ids = members.Select(Node).ToList();
            // Gates without an element of their own sit in the gate layer.
            if (region == Region.Boundary)
                ids.AddRange(boundary.Gates.Where(g => g.Gate is null).Select(g => chart.Node("gate " + g.Id,
                    [g.Id, "threshold " + RadAiText.Confidence(g.Threshold)], FlowchartShape.Hexagon)));
            chart.Subgraph(region.ToString(), title, ids, style);
        }
        string GateNode(ConfidenceGate g) => g.Gate is { } e ? Node(e.Element) : chart.Id("gate " + g.Id);

        // Crossings first, so the gate and interface labels win over plain relationship descriptions.
        foreach (var g in boundary.Gates)
        {
            var gate = GateNode(g);
            chart.Edge(gate, Node(g.Component.Element), g.Id + " ≥ " + RadAiText.Confidence(g.Threshold) + ": " + (g.ActionAbove ?? "model output"));
            if (g.Fallback is { } fb) chart.Edge(gate, Node(fb.Element), g.Id + " < " + RadAiText.Confidence(g.Threshold) + ": " + g.ActionBelow, dotted: true);
        }
        foreach (var i in boundary.Interfaces) chart.Edge(Node(i.From.Element), Node(i.To.Element), i.Id + ": " + i.DataExchanged);
        foreach (var f in boundary.Fallbacks)
            if (f.Element is { } fe && !boundary.Gates.Any(g => g.Fallback == fe && g.Component == f.For))
                chart.Edge(Node(f.For.Element), Node(fe.Element), f.Id + ": " + f.Trigger, dotted: true);
        foreach (var r in context.Workspace.Model.Relationships)
        {
            if (!placed.Contains(r.Source) || !placed.Contains(r.Destination)) continue;
            var from = chart.Id("e " + r.Source.Id);
            var to = chart.Id("e " + r.Destination.Id);
            if (!chart.HasEdge(from, to) && !chart.HasEdge(to, from)) chart.Edge(from, to, r.Description);
        }
        return chart;
    }

    private static string WithRegion(NonDeterminismBoundary boundary, ElementRef element)
        => element.Name + " (" + (boundary.RegionOf(element) is { } r ? RadAiText.Of(r) : "no region") + ")";

    private static string Band(ConfidenceBand band) => band.Range + ": " + band.Action;
}
