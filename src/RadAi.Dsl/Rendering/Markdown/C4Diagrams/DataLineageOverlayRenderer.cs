using RadAi.Dsl.Rendering;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// C4-E2: the data lineage overlay — a flow from the data sources through ingestion, pipelines and feature stores to the
/// models, the source inventory, each lineage path stage by stage, freshness requirements, privacy flow and schema registry.
/// </summary>
internal sealed class DataLineageOverlayRenderer : MarkdownDocumentRenderer
{
    public const string DocumentPath = "rad-ai/c4-diagrams/data-lineage-overlay.md";

    public override DocumentGroup Group => DocumentGroup.RadAiC4;

    public override string Path => DocumentPath;

    public override string Title => "Data lineage overlay";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var lineage = context.Ai.Lineage;
        markdown.Paragraph("A layer over the C4 model that follows data from where it originates, through the pipelines and feature stores "
                           + "that transform it, to the models that consume it, with freshness and privacy marked on the way.");
        markdown.Bullets([Markup.Link("Container diagram with AI stereotypes", DocumentContext.Link(DocumentPath, StereotypedContainerDiagramRenderer.DocumentPath))], "");

        markdown.Heading(2, "Data source inventory").Table(
            ["Source ID", "Name", "Type", "Technology", "Owner", "Freshness", "Privacy", "Volume", "Processing", "Element", "Derived from"],
            lineage.Sources, s => [s.Id, s.Name, RadAiText.Of(s.Kind), s.Technology, s.Owner, s.Freshness.ToString(),
                s.Privacy?.Name, s.Volume, s.ProcessingMode, s.Element?.Name, RadAiText.List(s.DerivedFrom)],
            "No data sources are recorded.");

        markdown.Heading(2, "Lineage flow");
        var flow = Flow(context);
        if (flow.IsEmpty) markdown.Note("Nothing to draw: no data sources, pipelines, feature stores or models are recorded.");
        else LargeDiagrams.Write(markdown, flow, "stage");

        markdown.Heading(2, "Lineage paths");
        if (lineage.Paths.Count == 0) markdown.Note("No lineage paths are recorded.");
        foreach (var path in lineage.Paths)
        {
            var source = lineage.FindSource(path.SourceId);
            markdown.Heading(3, path.SourceId + (source is null ? string.Empty : " " + source.Name) + " → " + path.Consumer.Name + ": " + path.Name);
            markdown.Table(["Stage", "Input", "Transformation", "Output", "Schema version", "Quality gate", "Element"],
                path.Stages, (s, i) => [(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + s.Name,
                    s.Input, s.Transformation, s.Output, s.SchemaVersion, s.QualityGate, s.Element?.Name],
                "The path has no stages recorded.");
        }

        markdown.Heading(2, "Freshness requirements").Table(["Consumer", "Required freshness", "Source freshness", "Gap", "Gap risk", "Mitigation"],
            lineage.FreshnessRequirements, f => [f.Consumer.Name, f.Required.ToString(), f.Source.ToString(), Gap(f), f.GapRisk, f.Mitigation],
            "No freshness requirements are recorded.");
        markdown.Heading(3, "Streaming versus batch").Table(["Feature type", "Streaming", "Batch", "Staleness impact", "Why"],
            lineage.FreshnessComparisons, c => [c.FeatureType, c.Streaming?.ToString() ?? "n/a", c.Batch?.ToString() ?? "n/a",
                Words.Of(c.Impact), c.ImpactNote],
            "No streaming-versus-batch comparison is recorded.");

        markdown.Heading(2, "Privacy flow").Table(["Data element", "Source classification", "Anonymization point", "Method", "Downstream classification", "Element"],
            lineage.PrivacyFlows, p => [p.DataElement, p.SourceClassification?.Name, p.AnonymizationPoint, p.Method,
                p.DownstreamClassification?.Name, p.Element?.Name],
            "No privacy flow is recorded.");

        markdown.Heading(2, "Schema registry").Table(["Schema ID", "Version", "Domain", "Fields", "Used by", "Breaking changes"],
            lineage.Schemas, s => [s.Id, s.Version, s.Domain, RadAiText.List(s.Fields), RadAiText.List(s.UsedBy), s.BreakingChanges],
            "No schemas are registered.");
    }

    private static string Gap(FreshnessRequirement f)
    {
        if (f.HasGap) return "Yes: the source is staler than required";
        return f.Required.MaxAge is null || f.Source.MaxAge is null ? "Cannot be computed" : "No";
    }

    private static RadAiFlowchart Flow(DocumentContext context)
    {
        var lineage = context.Ai.Lineage;
        var catalog = context.Ai.Stereotypes;
        var chart = new RadAiFlowchart("LR");
        var sources = lineage.Sources.Select(s => chart.Node("source " + s.Id,
            [s.Id + " " + s.Name, RadAiText.Of(s.Kind) is { } kind ? "[" + kind + "]" : null, s.Freshness.ToString()], FlowchartShape.Cylinder)).ToList();

        // The elements on the way: source elements, stage elements, consumers, and every pipeline, feature store and model.
        var elements = new List<Element>();
        var listed = new HashSet<Element>();
        void Add(Element? e) { if (e is not null && listed.Add(e)) elements.Add(e); }
        foreach (var s in lineage.Sources) Add(s.Element?.Element);
        foreach (var p in lineage.Paths) { foreach (var st in p.Stages) Add(st.Element?.Element); Add(p.Consumer.Element); }
        foreach (var f in lineage.FreshnessRequirements) Add(f.Consumer.Element);
        foreach (var e in catalog.DataPipelines.Concat<StereotypedElement>(catalog.FeatureStores).Concat(catalog.MlModels)) Add(e.Element);
        // Keep model order, so the diagram does not depend on the order of the registers.
        elements = [.. elements.OrderBy(context.PositionOf)];

        var consumers = lineage.Paths.Select(p => p.Consumer.Element).Concat(lineage.FreshnessRequirements.Select(f => f.Consumer.Element))
            .OfType<Element>().ToHashSet();
        var stages = new Dictionary<string, List<string>> { ["ingest"] = [], ["dp"] = [], ["fs"] = [], ["ml"] = [] };
        // The node id of every element drawn (edges look them up instead of making keys again), and the nodes of each
        // stereotype the diagram colours.
        var ids = new Dictionary<Element, string>(elements.Count);
        var classes = new[] { Stereotype.DataPipeline, Stereotype.FeatureStore, Stereotype.MlModel }.ToDictionary(s => s, _ => new List<string>());
        foreach (var e in elements)
        {
            var s = catalog.FindElement(e);
            var id = ids[e] = chart.Node(Key(e), [e.Name, s is null ? "[" + RadAiText.TypeOf(e) + "]" : s.Stereotype.BracketLabel, s is null ? null : StereotypeAnnotations.KeyFactOf(s)], FlowchartShape.Box);
            var stage = s?.Stereotype == Stereotype.DataPipeline ? "dp" : s?.Stereotype == Stereotype.FeatureStore ? "fs" : s?.Stereotype == Stereotype.MlModel ? "ml" : "ingest";
            // A consumer that is not a pipeline or feature store is consumption, whatever its stereotype.
            if (stage == "ingest" && consumers.Contains(e)) stage = "ml";
            stages[stage].Add(id);
            if (s is not null && classes.TryGetValue(s.Stereotype, out var members)) members.Add(id);
        }
        chart.Subgraph("sources", "Data sources", sources, "fill:#f5f5f5,stroke:#616161");
        chart.Subgraph("ingest", "Ingestion and transport", stages["ingest"], "fill:#eceff1,stroke:#546e7a");
        chart.Subgraph("dp", "Data pipelines", stages["dp"], "fill:#fff3e0,stroke:#ef6c00");
        chart.Subgraph("fs", "Feature stores", stages["fs"], "fill:#e8f5e9,stroke:#2e7d32");
        chart.Subgraph("ml", "Model consumption", stages["ml"], "fill:#e3f2fd,stroke:#1565c0");

        foreach (var s in lineage.Sources)
        {
            if (s.Element is { } el) chart.Edge(chart.Id("source " + s.Id), ids[el.Element], s.Volume);
            foreach (var from in s.DerivedFrom) chart.Edge(chart.Id("source " + from), chart.Id("source " + s.Id), "derived", dotted: true);
        }
        // Data flows along relationships: a call (synchronous) brings the callee's data to the caller.
        foreach (var r in context.Workspace.Model.Relationships)
        {
            if (!ids.TryGetValue(r.Source, out var source) || !ids.TryGetValue(r.Destination, out var destination)) continue;
            var (from, to) = r.InteractionStyle == InteractionStyle.Synchronous ? (destination, source) : (source, destination);
            chart.Edge(from, to, r.Description);
        }
        // Lineage paths link what the relationships do not: source → stages → consumer. A stage that is no C4 element is
        // drawn as a node of its own, named as the path names it; paths naming the same stage meet there.
        var intermediate = new List<string>();
        foreach (var p in lineage.Paths)
        {
            var chain = new List<string> { chart.Id("source " + p.SourceId) };
            foreach (var st in p.Stages)
            {
                if (st.Element is { } element) chain.Add(ids[element.Element]);
                else
                {
                    var id = chart.Node("stage " + st.Name, [st.Name, "[stage]"], FlowchartShape.Rounded);
                    if (!intermediate.Contains(id)) intermediate.Add(id);
                    chain.Add(id);
                }
            }
            chain.Add(ids[p.Consumer.Element]);
            for (var i = 1; i < chain.Count; i++)
                if (chain[i - 1] != chain[i] && !chart.HasEdge(chain[i - 1], chain[i]) && !Reaches(chart, chain[i - 1], chain[i]))
                    chart.Edge(chain[i - 1], chain[i], p.Name, dotted: true);
        }
        if (intermediate.Count > 0) chart.Subgraph("stages", "Intermediate stages", intermediate, "fill:#fafafa,stroke:#9e9e9e");
        foreach (var (stereotype, members) in classes)
            chart.Class(DiagramPalette.StereotypeClass(stereotype), DiagramPalette.StereotypeCss(context.Workspace, stereotype), members);
        return chart;
    }

    // Whether the diagram already leads from one node to another (so a lineage path adds no shortcut edge).
    private static bool Reaches(RadAiFlowchart chart, string from, string to) => chart.Reachable(from).Contains(to);

    // Already a slug ("e_42"): the flowchart takes it as the node id as it is.
    private static string Key(Element element) => "e_" + element.Id;
}
