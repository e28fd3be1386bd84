using System.Globalization;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>E3 data pipeline view (extends arc42 §6): pipelines, their stages and quality gates, feature groups, feedback loops and workflow chains.</summary>
internal sealed class DataPipelineDocument : MarkdownDocumentRenderer
{
    public override DocumentGroup Group => DocumentGroup.RadAiArc42;

    public override string Path => ExtensionPaths.DataPipelines;

    public override string Title => "E3 Data pipeline view";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var ai = context.Ai;
        var view = ai.Pipelines;
        markdown.Paragraph($"> **Extends:** arc42 §6 Runtime view. Standard counterpart: "
                           + $"{Markup.Link("arc42 §6", DocumentContext.Link(Path, RuntimeViewDocument.DocumentPath))}.");
        markdown.Paragraph($"This view follows the data rather than the requests: from sources through processing and feature storage to the models, "
                           + $"and back again through feedback. It has {Words.Count(view.Pipelines.Count, "pipeline")}, {Words.Count(view.FeatureGroups.Count, "feature group")}, "
                           + $"{Words.Count(view.FeedbackLoops.Count, "feedback loop")} and {Words.Count(view.Triggers.Count, "workflow trigger")}. The models they feed are in the "
                           + $"{Markup.Link("model registry view", DocumentContext.Link(Path, ExtensionPaths.ModelRegistry))}.");

        markdown.Heading(2, "Pipeline overview");
        var overview = Overview(context);
        if (overview is null) markdown.Note("No pipelines or feature groups are modelled, so there is no pipeline graph to draw.");
        else
        {
            markdown.Paragraph("Pipelines with the elements they read from and write to (from the model's relationships), the feature groups they fill "
                               + "and the models consuming those; dashed edges are feedback loops.");
            LargeDiagrams.Write(markdown, overview, "part");
        }

        markdown.Heading(2, "Pipeline inventory");
        markdown.BeginTable(["Pipeline ID", "Name", "Type", "Engine", "Schedule", "Freshness SLA", "Scale", "Owner"], view.Pipelines, "No pipelines are recorded.");
        foreach (var p in view.Pipelines) markdown.Row(p, p.Id, p.Name, Words.Of(p.Mode), p.Engine, Schedule(p), FreshnessWords.Of(p.FreshnessSla), p.Scale, p.Owner);
        markdown.EndTable();

        // The inventory above already says when there are no pipelines: the details section is left out then.
        if (view.Pipelines.Count > 0) markdown.Heading(2, "Pipeline details");
        foreach (var pipeline in view.Pipelines) Details(markdown, pipeline);

        markdown.Heading(2, "Workflow orchestration");
        markdown.Paragraph("Workflows that start when another one finishes, and the signals that carry their metadata.");
        var chains = Chains(view);
        // Said once: with neither triggers nor signals, the sections below would each repeat it.
        if (chains is null)
        {
            markdown.Note("No workflow triggers or signals are recorded.");
        }
        else
        {
            markdown.Mermaid(chains);
            markdown.Heading(3, "Trigger chains");
            var downstream = view.Triggers.Select(t => t.Downstream).ToHashSet(StringComparer.Ordinal);
            var roots = view.Triggers.Select(t => t.Upstream).Where(u => !downstream.Contains(u)).Distinct(StringComparer.Ordinal).ToList();
            if (view.Triggers.Count == 0) markdown.Note("No workflow triggers are recorded.");
            else
            {
                markdown.Bullets(roots.Select(r => Markup.Join(" → ", new[] { r }.Concat(view.TriggeredBy(r)).Select(Markup.Code))), "No trigger chains.");
                markdown.BeginTable(["Upstream workflow", "Downstream workflow", "Condition", "Signal", "Metadata passed"], view.Triggers, "No workflow triggers are recorded.");
                foreach (var t in view.Triggers) markdown.Row(t, t.Upstream, t.Downstream, t.Condition, t.Signal, string.Join(", ", t.Metadata));
                markdown.EndTable();
            }
            markdown.Heading(3, "Signals");
            markdown.Table(["Signal", "Publisher", "Subscribers", "Metadata"],
                view.Signals, s => [s.Name, s.Publisher, string.Join(", ", s.Subscribers), string.Join(", ", s.Metadata)],
                "No signals are recorded.");
        }

        markdown.Heading(2, "Feature store");
        markdown.BeginTable(["Feature group", "Features", "Source pipelines", "Refresh rate", "Consumers", "Store"], view.FeatureGroups, "No feature groups are recorded.");
        foreach (var g in view.FeatureGroups)
            markdown.Row(g, g.Name, Features(g), string.Join(", ", g.SourcePipelines.Concat(g.SourceNote is null ? [] : [g.SourceNote])), FreshnessWords.Of(g.Refresh),
                string.Join(", ", g.Consumers.Select(c => AiNames.IdOf(ai, c))), g.Store?.Name);
        markdown.EndTable();
        FeatureStoreTopologySection.Write(markdown, view.FeatureStoreTopology);

        markdown.Heading(2, "Feedback loops");
        markdown.BeginTable(["Loop", "From", "To", "Mechanism", "Risk", "Severity", "Mitigation"], view.FeedbackLoops, "No feedback loops are recorded.");
        foreach (var l in view.FeedbackLoops) markdown.Row(l, l.Name, l.From, l.To, l.Mechanism, l.Risk, l.Severity is { } s ? Words.Of(s) : null, l.Mitigation);
        markdown.EndTable();
    }

    // Headers of the tables every pipeline has (thousands of them at scale).
    private static readonly string[] StageHeaders = ["Stage", "Input", "Output", "Processing", "Quality gate"];
    private static readonly string[] CheckpointHeaders = ["Checkpoint", "Location", "Validation rule", "Threshold", "On failure"];
    private static readonly string[] SchemaHeaders = ["Field", "Type", "Constraints", "Description"];

    private static void Details(MarkdownWriter markdown, Pipeline pipeline)
    {
        markdown.Heading(3, pipeline.Name + " (" + pipeline.Id + ")");
        markdown.Facts(
        [
            ("Type", Words.Of(pipeline.Mode)), ("Runs on", pipeline.Element is { } e ? e.Name + " (" + PlainModel.Kind(e.Element) + ")" : null),
            ("Engine", pipeline.Engine), ("Schedule", Schedule(pipeline)), ("Freshness SLA", FreshnessWords.Of(pipeline.FreshnessSla)),
            ("Scale", pipeline.Scale), ("Owner", pipeline.Owner),
        ], "No details.");
        markdown.Heading(4, "Stages");
        markdown.BeginTable(StageHeaders, pipeline.Stages, $"No stages are recorded for {pipeline.Id}.");
        foreach (var s in pipeline.Stages) markdown.Row(s, s.Name, s.Input, s.Output, s.Processing, s.QualityGate);
        markdown.EndTable();
        markdown.Heading(4, "Data quality checkpoints");
        markdown.BeginTable(CheckpointHeaders, pipeline.Checkpoints, $"No quality checkpoints are recorded for {pipeline.Id}.");
        foreach (var c in pipeline.Checkpoints)
            markdown.Row(c, c.Check, c.Location, c.Rule, c.Threshold?.ToString(),
                OnFailure(c));
        markdown.EndTable();
        markdown.Heading(4, "Schema");
        markdown.BeginTable(SchemaHeaders, pipeline.Schema, $"No schema is recorded for {pipeline.Id}.");
        foreach (var f in pipeline.Schema) markdown.Row(f, f.Name, f.Type, f.Constraints, f.Description);
        markdown.EndTable();
    }

    // a streaming pipeline with no stated schedule runs all the time; an event-driven one when its event arrives
    private static string? Schedule(Pipeline pipeline) => pipeline.Schedule is { } schedule
        ? FreshnessWords.Of(schedule)
        : pipeline.Mode switch { PipelineMode.Streaming => "continuous", PipelineMode.EventDriven => "on event", _ => null };

    // "1200+: a, b"; the names alone when no count is stated, null when neither is.
    private static string? Features(FeatureGroup group)
    {
        var count = group.FeatureCount is { } stated ? stated.Text + (group.FeatureCountIsLowerBound ? "+" : string.Empty) : null;
        var names = group.Features.Count == 0 ? null : string.Join(", ", group.Features);
        return count is null ? names : names is null ? count : count + ": " + names;
    }

    // "reject, then alert (detail)": well-known actions in lower case, the user's own as written; null when nothing is stated.
    private static string? OnFailure(QualityCheckpoint c)
    {
        var actions = c.OnFailure.Count == 0 ? null : string.Join(", then ", c.OnFailure.Select(a => a.IsWellKnown ? a.Name.ToLowerInvariant() : a.Name));
        return c.FailureDetail is null ? actions : actions is null ? c.FailureDetail : actions + " (" + c.FailureDetail + ")";
    }

    // Pipelines (name and mode), the elements they read from and write to (name and kind), the feature groups they
    // fill and the models consuming those; the inventory and details below carry the rest.
    private static RadAiFlowchart? Overview(DocumentContext context)
    {
        var ai = context.Ai;
        var view = ai.Pipelines;
        if (view.Pipelines.Count == 0 && view.FeatureGroups.Count == 0) return null;
        var chart = new RadAiFlowchart("LR");
        var elements = new List<(string Id, Stereotype? Stereotype)>();
        string ElementNode(Element e)
        {
            if (chart.Has("e:" + e.Id)) return chart.Id("e:" + e.Id);
            var stereotype = ai.Stereotypes.FindElement(e)?.Stereotype;
            var id = chart.Node("e:" + e.Id, [e.Name, stereotype is not null ? stereotype.BracketLabel : "[" + PlainModel.Kind(e) + "]"],
                DiagramPalette.ShapeOf(context.Workspace, stereotype));
            elements.Add((id, stereotype));
            return id;
        }

        var pipelineElements = view.Pipelines.Where(p => p.Element is not null).Select(p => p.Element!.Value.Element).ToHashSet();
        var pipelines = view.Pipelines.Select(p => chart.Node("p:" + p.Id, [p.Id + " " + p.Name, Words.Of(p.Mode)], FlowchartShape.Stadium)).ToList();
        foreach (var p in view.Pipelines.Where(p => p.Element is not null))
        {
            var element = p.Element!.Value.Element;
            foreach (var up in DataFlow.UpstreamOf(element).Where(u => !pipelineElements.Contains(u)))
                chart.Edge(ElementNode(up), chart.Id("p:" + p.Id));
            foreach (var down in DataFlow.DownstreamOf(element).Where(d => !pipelineElements.Contains(d)))
                chart.Edge(chart.Id("p:" + p.Id), ElementNode(down));
        }
        var groups = new List<string>();
        for (var i = 0; i < view.FeatureGroups.Count; i++)
            groups.Add(chart.Node("g:" + i.ToString(CultureInfo.InvariantCulture), [view.FeatureGroups[i].Name, Features(view.FeatureGroups[i]) + " features"], FlowchartShape.Cylinder));
        for (var i = 0; i < view.FeatureGroups.Count; i++)
        {
            var group = view.FeatureGroups[i];
            foreach (var id in group.SourcePipelines)
                if (chart.Has("p:" + id)) chart.Edge(chart.Id("p:" + id), groups[i], FreshnessWords.Of(group.Refresh));
            foreach (var consumer in group.Consumers) chart.Edge(groups[i], ElementNode(consumer.Element));
        }
        foreach (var loop in view.FeedbackLoops)
            for (var i = 1; i < loop.Elements.Count; i++)
                chart.Edge(ElementNode(loop.Elements[i - 1].Element), ElementNode(loop.Elements[i].Element), loop.Name, dotted: true);
        chart.Subgraph("pipelines", "Pipelines", pipelines, DiagramPalette.Group);
        chart.Subgraph("feature groups", "Feature groups", groups, DiagramPalette.Group);
        // The elements around them, grouped by stereotype, the plain ones last.
        foreach (var stereotype in elements.Select(e => e.Stereotype).OfType<Stereotype>().Distinct())
            chart.Subgraph("stereotype " + stereotype.Label, stereotype.Name + " " + stereotype.BracketLabel,
                elements.Where(e => e.Stereotype == stereotype).Select(e => e.Id), DiagramPalette.Group);
        chart.Subgraph("other elements", "Other elements", elements.Where(e => e.Stereotype is null).Select(e => e.Id), DiagramPalette.Group);
        return chart;
    }

    private static MermaidFlowchart? Chains(PipelineView view)
    {
        if (view.Triggers.Count == 0 && view.Signals.Count == 0) return null;
        var chart = new MermaidFlowchart("LR");
        string Workflow(string name) => chart.Node("w:" + name, NodeShape.Rounded, name);
        foreach (var t in view.Triggers)
        {
            var label = t.Condition + (t.Signal is null ? string.Empty : "\nsignal: " + t.Signal) + (t.Metadata.Count == 0 ? string.Empty : "\ncarries: " + string.Join(", ", t.Metadata));
            chart.Edge(Workflow(t.Upstream), Workflow(t.Downstream), label);
        }
        foreach (var s in view.Signals)
        {
            var signal = chart.Node("s:" + s.Name, NodeShape.Hexagon, "signal: " + s.Name, s.Metadata.Count == 0 ? null : "carries: " + string.Join(", ", s.Metadata));
            if (s.Publisher is { } publisher) chart.Edge(Workflow(publisher), signal, "publishes");
            foreach (var subscriber in s.Subscribers) chart.Edge(signal, Workflow(subscriber), "notifies");
        }
        return chart;
    }
}
