using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>E1 AI boundary delineation (extends arc42 §3): where the non-deterministic parts are, how they fail and what they depend on.</summary>
internal sealed class AiBoundaryDelineationDocument : MarkdownDocumentRenderer
{
    public override DocumentGroup Group => DocumentGroup.RadAiArc42;

    public override string Path => ExtensionPaths.BoundaryDelineation;

    public override string Title => "E1 AI boundary delineation";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var ai = context.Ai;
        var e1 = ai.BoundaryDelineation;
        markdown.Paragraph($"> **Extends:** arc42 §3 Context and scope. Standard counterpart: "
                           + $"{Markup.Link("arc42 §3", DocumentContext.Link(Path, ContextScopeDocument.DocumentPath))}.");
        markdown.Paragraph($"This section marks which parts of the system give probabilistic answers, how sure they are, and what takes over when they fail. "
                           + $"It lists {Words.Count(e1.Components.Count, "AI component")}, {Words.Count(e1.FailureModes.Count, "failure mode")} and "
                           + $"{Words.Count(e1.ExternalServices.Count, "external AI service")}. Models are detailed in the "
                           + $"{Markup.Link("model registry view", DocumentContext.Link(Path, ExtensionPaths.ModelRegistry))}.");

        markdown.Heading(2, "Key metrics");
        markdown.Table(["Metric", "Value", "Note"], e1.KeyMetrics, m => [m.Name, m.Value, m.Note], "The system states no key metrics.");

        markdown.Heading(2, "AI components inventory");
        // The risk class is stated per component (the EU AI Act classifies each AI component); its column shows once any is.
        var risk = e1.Components.Any(c => c.RiskClassification is not null);
        markdown.Table(risk
                ? ["Component", "Type", "Criticality", "Input domain", "Output domain", "Confidence range", "Fallback strategy", "Risk class"]
                : ["Component", "Type", "Criticality", "Input domain", "Output domain", "Confidence range", "Fallback strategy"],
            e1.Components, c =>
            [
                AiNames.Of(ai, c.Component), c.Type?.Name, c.Criticality?.Name, c.InputDomain, c.OutputDomain,
                string.Join(" ", new[] { c.Confidence?.ToString(), c.ConfidenceNote is null ? null : "(" + c.ConfidenceNote + ")" }.Where(s => s is not null)),
                c.FallbackStrategy,
                .. risk ? new Markup[] { RadAiText.Risk(c.RiskClassification, c.RiskRationale) } : [],
            ],
            "No AI components are listed.");

        markdown.Heading(2, "System boundary diagram");
        var diagram = BoundaryDiagram(context);
        if (diagram is null) markdown.Note("No AI components or boundary regions are modelled, so there is no boundary to draw.");
        else
        {
            markdown.Paragraph("Deterministic and non-deterministic regions, with the relationships that cross from one region to another; the relationships within a region are left out of the picture.");
            LargeDiagrams.Write(markdown, diagram, "region");
        }

        markdown.Heading(2, "Boundary contracts");
        markdown.Paragraph("Each crossing from an AI component to a consumer, with its four-part contract: output type, confidence specification, update frequency and fallback.");
        markdown.Table(["From", "To", "Output type", "Confidence specification", "Update frequency", "Fallback", "Degradation profile"],
            e1.Contracts, c => [AiNames.Of(ai, c.From), c.To.Name, c.OutputType, c.ConfidenceSpecification, FreshnessWords.Of(c.UpdateFrequency), c.Fallback, c.DegradationProfile],
            ai.Boundary.Interfaces.Any(i => i.Contract is not null) ? "No crossing has an E1 contract of its own; the boundary interfaces below state theirs." : "No boundary contracts are recorded.");
        InterfaceContracts(markdown, ai);

        markdown.Heading(2, "Failure modes");
        markdown.Table(["Component", "Failure condition", "System behaviour", "User impact"],
            e1.FailureModes, f => [AiNames.Of(ai, f.Component), f.Condition, f.SystemBehavior, f.UserImpact],
            "No failure modes are recorded.");

        markdown.Heading(2, "External AI dependencies");
        markdown.Table(["Service", "Provider", "SLA", "Data sent", "Fallback"],
            e1.ExternalServices, s => [s.Element is { } e ? s.Service + " (" + e.Name + ")" : s.Service, s.Provider, AiNames.Percent(s.AvailabilityPercent), s.DataSent, s.Fallback],
            "The system depends on no external AI services.");

        markdown.Heading(2, "Confidence propagation");
        markdown.Table(["Chain stage", "Components", "Contribution to confidence", "Degradation effect"],
            e1.ConfidencePropagation, p => [p.Stage, string.Join(", ", new[] { AiNames.Of(ai, p.Components), p.ComponentsNote ?? string.Empty }.Where(s => s.Length > 0)), p.Contribution, p.DegradationEffect],
            "No confidence propagation chain is recorded.");
    }

    // The contracts the non-determinism boundary (C4-E3) states on its interfaces are boundary contracts too: E1 shows them
    // with a link to C4-E3, so neither document says the system has none while the other lists them.
    private static void InterfaceContracts(MarkdownWriter markdown, RadAiModel ai)
    {
        var contracted = ai.Boundary.Interfaces.Where(i => i.Contract is not null).ToList();
        if (contracted.Count == 0) return;
        markdown.Paragraph($"The {Markup.Link("non-determinism boundary", DocumentContext.Link(ExtensionPaths.BoundaryDelineation, NonDeterminismBoundaryRenderer.DocumentPath))} "
                           + $"states a contract on {Words.Count(contracted.Count, "interface")}:");
        markdown.Table(["Interface", "From", "To", "Data exchanged", "Contract", "Timeout"],
            contracted, i => [i.Id, i.From.Name, i.To.Name, i.DataExchanged, i.Contract, i.Timeout is { } t ? RadAiText.Span(t) : null],
            "No boundary interface states a contract.");
    }

    private static RadAiFlowchart? BoundaryDiagram(DocumentContext context)
    {
        var ai = context.Ai;
        var regions = ai.Boundary.Regions.Select(r => (Region: r, Members: ai.Boundary.Members(r))).ToList();
        var components = ai.BoundaryDelineation.Components.Select(c => c.Component.Element)
            .Concat(ai.Stereotypes.MlModels.Select(m => m.Element)).Distinct().ToList();
        var placed = regions.SelectMany(r => r.Members).ToHashSet();
        if (placed.Count == 0)
        {
            if (components.Count == 0) return null;
            // no regions placed: the AI components are the non-deterministic side, their direct neighbours the deterministic side
            var componentSet = components.ToHashSet();
            var neighbours = components.SelectMany(c => c.Relationships.Select(r => r.Destination).Concat(context.Workspace.Model.GetIncomingRelationships(c).Select(r => r.Source)))
                .Where(e => !componentSet.Contains(e)).Distinct().ToList();
            regions = [(Region.Deterministic, neighbours), (Region.NonDeterministic, components)];
        }
        else
        {
            var unplaced = components.Where(c => !placed.Contains(c)).ToList();
            if (unplaced.Count > 0)
                regions = regions.Select(r => r.Region == Region.NonDeterministic ? (r.Region, (IReadOnlyList<Element>)[.. r.Members, .. unplaced]) : r).ToList();
        }

        var chart = new RadAiFlowchart("LR");
        // The region each element is drawn in (its first); only relationships from one region to another are drawn.
        var drawn = new Dictionary<Element, Region>();
        var confidence = ConfidenceRanges(ai);
        foreach (var (region, members) in regions.Where(r => r.Members.Count > 0))
        {
            var ids = new List<string>();
            foreach (var element in members)
                if (drawn.TryAdd(element, region))
                    ids.Add(chart.Node("e " + element.Id, [element.Name,
                        ai.Stereotypes.FindElement(element) is { } s ? s.Stereotype.BracketLabel : "[" + RadAiText.TypeOf(element) + "]",
                        confidence.GetValueOrDefault(element)]));
            chart.Subgraph(region.Name, RegionTitle(region), ids, DiagramPalette.RegionStyle(region));
        }
        foreach (var r in context.Workspace.Model.Relationships)
            if (drawn.TryGetValue(r.Source, out var from) && drawn.TryGetValue(r.Destination, out var to) && from != to)
                chart.Edge(chart.Id("e " + r.Source.Id), chart.Id("e " + r.Destination.Id), r.Description);
        return chart;
    }

    // The confidence each element shows: the inventory's range wins over the one on the <<ML Model>> element (shown as written
    // when it does not read); first row first, as the table shows them.
    private static Dictionary<Element, string> ConfidenceRanges(RadAiModel ai)
    {
        var ranges = new Dictionary<Element, string>();
        foreach (var c in ai.BoundaryDelineation.Components)
            if (c.Component.Element is { } e && c.Confidence is { } range) ranges.TryAdd(e, "confidence " + range);
        foreach (var m in ai.Stereotypes.MlModels)
            if (StereotypeAnnotations.Part(m, "confidence") is { } range) ranges.TryAdd(m.Element, range);
        return ranges;
    }

    private static string RegionTitle(Region region) => region == Region.NonDeterministic ? "Non-deterministic (AI)" : RadAiText.Of(region);
}
