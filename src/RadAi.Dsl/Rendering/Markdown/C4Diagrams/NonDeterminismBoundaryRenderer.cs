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

    private static readonly (Region Region, string Title, string Style)[] WellKnownRegions =
    [
        (Region.Deterministic, "Deterministic region", "fill:#e8f5e9,stroke:#2e7d32"),
        (Region.Boundary, "Confidence gate layer", "fill:#e3f2fd,stroke:#1565c0"),
        (Region.NonDeterministic, "Non-deterministic region", "fill:#fff3e0,stroke:#ef6c00"),
        (Region.Fallback, "Deterministic fallback region", "fill:#fce4ec,stroke:#c62828"),
    ];

    // Colours for regions of the user's own, none of them one of the four above; a region's name picks one, the same in every run.
    private static readonly string[] OwnRegionStyles =
    [
        "fill:#ede7f6,stroke:#4527a0", "fill:#e0f7fa,stroke:#00838f", "fill:#fffde7,stroke:#f9a825",
        "fill:#efebe9,stroke:#4e342e", "fill:#f1f8e9,stroke:#558b2f", "fill:#eceff1,stroke:#37474f",
    ];

    // RAD-AI's four regions with their titles and colours, then the user's own regions in use, titled as written.
    private static IEnumerable<(Region Region, string Title, string Style)> Regions(NonDeterminismBoundary boundary)
        => WellKnownRegions.Concat(boundary.Regions.Where(r => !r.IsWellKnown)
            .Select(r => (r, r.Name, OwnRegionStyles[Vocabulary.StableHash(r.Name) % (uint)OwnRegionStyles.Length])));

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
        else markdown.Mermaid(diagram);

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

    private static RadAiFlowchart Diagram(DocumentContext context)
    {
        var boundary = context.Ai.Boundary;
        var catalog = context.Ai.Stereotypes;
        var chart = new RadAiFlowchart("TB");
        var confidence = new Dictionary<ElementRef, string>();
        foreach (var m in catalog.MlModels) if (StereotypeAnnotations.Part(m, "confidence") is { } c) confidence[m] = c;
        string Node(Element e)
        {
            var s = catalog.FindElement(e);
            var gates = boundary.Gates.Where(g => g.Gate?.Element == e).Select(GateLabel);
            var fallbacks = boundary.Fallbacks.Where(f => f.Element?.Element == e).Select(f => f.Id + ": fallback for " + f.For.Name);
            return chart.Node("e " + e.Id, [e.Name, s is null ? "[" + RadAiText.TypeOf(e) + "]" : s.Stereotype.BracketLabel,
                confidence.GetValueOrDefault(e), .. gates, .. fallbacks],
                gates.Any() ? FlowchartShape.Hexagon : FlowchartShape.Box);
        }
        var placed = new HashSet<Element>();
        foreach (var (region, title, style) in Regions(boundary))
        {
            var members = boundary.Members(region);
            placed.UnionWith(members);
            var ids = members.Select(Node).ToList();
            // Gates without an element of their own sit in the gate layer.
            if (region == Region.Boundary)
                ids.AddRange(boundary.Gates.Where(g => g.Gate is null).Select(g => chart.Node("gate " + g.Id,
                    [g.Id, Threshold(g)], FlowchartShape.Hexagon)));
            chart.Subgraph(Vocabulary.Identifier(region.Name), title, ids, style);
        }
        string GateNode(ConfidenceGate g) => g.Gate is { } e ? Node(e.Element) : chart.Id("gate " + g.Id);

        // Crossings first, so the gate and interface labels win over plain relationship descriptions.
        foreach (var g in boundary.Gates)
        {
            var gate = GateNode(g);
            if (g.Threshold is { } t)
            {
                chart.Edge(gate, Node(g.Component.Element), g.Id + " ≥ " + RadAiText.Confidence(t) + ": " + (g.ActionAbove ?? "model output"));
                if (g.Fallback is { } fb) chart.Edge(gate, Node(fb.Element), g.Id + " < " + RadAiText.Confidence(t) + (g.ActionBelow is { } below ? ": " + below : string.Empty), dotted: true);
            }
            else
            {
                chart.Edge(gate, Node(g.Component.Element), g.ActionAbove is { } above ? g.Id + ": " + above : g.Id);
                if (g.Fallback is { } fb) chart.Edge(gate, Node(fb.Element), g.ActionBelow is { } below ? g.Id + ": " + below : g.Id, dotted: true);
            }
        }
        foreach (var i in boundary.Interfaces) chart.Edge(Node(i.From.Element), Node(i.To.Element), i.DataExchanged is null ? i.Id : i.Id + ": " + i.DataExchanged);
        foreach (var f in boundary.Fallbacks)
            if (f.Element is { } fe && !boundary.Gates.Any(g => g.Fallback == fe && g.Component == f.For))
                chart.Edge(Node(f.For.Element), Node(fe.Element), f.Trigger is null ? f.Id : f.Id + ": " + f.Trigger, dotted: true);
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

    // The routing as written, with the metric it routes on when named and the routing does not already start with it.
    private static string Routing(ConfidenceGate g)
        => g.Routing is { } r
            ? (g.Metric is { } m && !r.StartsWith(m, StringComparison.OrdinalIgnoreCase) ? m + ": " + r : r)
            : MarkdownText.NotStated;

    private static string Threshold(ConfidenceGate g) => "threshold " + Routing(g);

    private static string GateLabel(ConfidenceGate g) => g.Id + " " + Threshold(g);
}
