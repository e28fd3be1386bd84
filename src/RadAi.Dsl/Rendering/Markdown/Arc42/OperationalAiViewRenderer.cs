using RadAi.Dsl.Rendering;
using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// E8: monitoring and drift detection, model health, retraining policy, deployment (rollout strategies, canary steps),
/// A/B tests, rollback, incident severities, and two diagrams: what fires when a threshold is crossed, and the
/// orchestration signals and workflow trigger chains.
/// </summary>
internal sealed class OperationalAiViewRenderer : MarkdownDocumentRenderer
{
    public const string DocumentPath = "rad-ai/arc42-extensions/12-operational-ai-view.md";

    public override DocumentGroup Group => DocumentGroup.RadAiArc42;

    public override string Path => DocumentPath;

    public override string Title => "E8 Operational AI view";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var ops = context.Ai.Operations;
        var pipelines = context.Ai.Pipelines;
        markdown.Paragraph("A section beyond arc42 §11: AI systems keep changing after deployment. This view states how models are watched "
                           + "for drift, when they are retrained, how new versions reach traffic, how they are rolled back and how incidents escalate.");

        markdown.Heading(2, "Monitoring");
        markdown.Heading(3, "Drift detection").BeginTable(
            ["Model", "Drift type", "Method", "Threshold", "Window", "Consecutive checks", "Check frequency", "Action", "Alert channel"], ops.DriftDetection,
            "No drift detection is recorded.");
        foreach (var d in ops.DriftDetection)
            markdown.Row(d, AiNames.Of(context.Ai, d.Component), Words.Of(d.Type) is { } type ? type + " drift" : null, Method(d), d.Threshold.ToString(),
                d.Window is { } w ? RadAiText.Span(w) : null, d.ConsecutiveChecks?.ToString(CultureInfo.InvariantCulture), d.CheckFrequency.ToString(), d.Action, d.AlertChannel);
        markdown.EndTable();
        markdown.Heading(3, "Model health metrics").BeginTable(["Model", "Metric", "Baseline", "Warning", "Critical", "Dashboard"], ops.HealthMetrics,
            "No model health metrics are recorded.");
        foreach (var h in ops.HealthMetrics) markdown.Row(h, h.Component.Name, h.Metric, h.Baseline, h.Warning.ToString(), h.Critical.ToString(), h.Dashboard);
        markdown.EndTable();
        markdown.Heading(3, "Monitors");
        markdown.BeginTable(["Monitor", "Metrics tracked", "Alert thresholds", "Watches"], "No element carries the Monitor stereotype.");
        foreach (var m in context.Ai.Stereotypes.Monitors)
            markdown.Row(m.Name, RadAiText.List(m.Metrics), RadAiText.List(m.AlertThresholds.Select(t => t.ToString())), RadAiText.Names(Watched(m)));
        markdown.EndTable();
        markdown.Heading(3, "Detection and response chain");
        if (ops.DriftDetection.Count + ops.HealthMetrics.Count + ops.RetrainingTriggers.Count == 0)
            markdown.Note("Nothing to draw: no drift detection, health metric or retraining trigger is recorded.");
        else markdown.Mermaid(ResponseChain(ops));

        markdown.Heading(2, "Retraining policy");
        markdown.Heading(3, "Triggers").BeginTable(["Trigger", "Type", "Condition", "Action", "Models"], ops.RetrainingTriggers, "No retraining triggers are recorded.");
        foreach (var t in ops.RetrainingTriggers) markdown.Row(t, t.Name, RadAiText.Of(t.Kind), t.Condition, t.Action, RadAiText.Names(t.Models));
        markdown.EndTable();
        ModelStepLists.Retraining(markdown, ops.RetrainingProcess);

        markdown.Heading(2, "Deployment strategy");
        markdown.Heading(3, "Model update rollout").Table(["Strategy", "Description", "When to use"],
            ops.Rollouts, r => [RadAiText.Of(r.Kind), r.Description, r.WhenToUse],
            "No rollout strategies are recorded.");
        markdown.Heading(3, "Canary steps").Table(["Step", "Performed by", "Description", "Traffic", "Duration", "Analysis", "Success criteria"],
            ops.CanarySteps, (s, i) => [(i + 1).ToString(CultureInfo.InvariantCulture) + ". " + s.Name, s.Component, s.Description,
                WithNote(s.TrafficShare is { } t ? RadAiText.Percent(t) : null, s.TrafficNote), Duration(s.Duration, s.DurationNote), s.AnalysisMethod, s.SuccessCriteria],
            "No canary steps are recorded.");
        RolloutPlansSection.Write(markdown, ops.RolloutPlans);
        ModelStepLists.Deployment(markdown, ops.DeploymentSteps);

        ServingGroupsSection.Write(markdown, ops.ServingGroups);

        markdown.Heading(2, "A/B testing").Table(["Test", "Models compared", "Metric", "Allocation", "Guardrail metrics", "Sample size", "Duration", "Decision criteria"],
            ops.AbTests, a => [a.Name, a.ModelsCompared, a.Metric, a.Allocation is { } x ? RadAiText.Percent(x) + " to treatment" : null,
                RadAiText.List(a.GuardrailMetrics), a.SampleSize, a.Duration is { } d ? RadAiText.Span(d) : null, a.DecisionCriteria],
            "No A/B tests are recorded.");

        markdown.Heading(2, "Rollback policy").Table(["Scenario", "Detection", "Rollback step", "Recovery time", "Automation", "Owner"],
            ops.Rollbacks, r => [r.Scenario, r.Detection, r.Step,
                StatedWords.Within(r.RecoveryTime) + (r.RecoveryNote is null ? string.Empty : " (" + r.RecoveryNote + ")"),
                r.Automation?.Name, r.Owner],
            "No rollback procedures are recorded.");

        markdown.Heading(2, "Incident severities").Table(["Severity", "Scope", "Condition", "Detection", "Response", "Response time", "Escalation", "Post-incident steps"],
            ops.Incidents, i => [Markup.Strong(i.Level), StatedWords.Of(i.Scope), i.Condition, StatedWords.Of(i.Detection), i.Response,
                StatedWords.Of(i.ResponseTime?.Text), i.Escalation + (i.EscalateWithin is { } w ? " " + StatedWords.Within(w) : string.Empty), StatedWords.List(i.PostIncidentSteps)],
            "No incident severities are recorded.");
        OnCallSection.Write(markdown, ops.OnCallRotations);

        markdown.Heading(2, "Signals and trigger chains");
        markdown.Table(["Signal", "Published by", "Subscribers", "Metadata carried"],
            pipelines.Signals, s => [s.Name, s.Publisher, RadAiText.List(s.Subscribers), RadAiText.List(s.Metadata)],
            "No orchestration signals are recorded.");
        markdown.Table(["Upstream workflow", "Downstream workflow", "Trigger condition", "Signal", "Metadata passed"],
            pipelines.Triggers, t => [t.Upstream, t.Downstream, t.Condition, t.Signal, RadAiText.List(t.Metadata)],
            "No workflow trigger chains are recorded.");
        if (pipelines.Signals.Count + pipelines.Triggers.Count > 0) markdown.Mermaid(SignalChains(pipelines));
    }

    private static RadAiFlowchart ResponseChain(OperationalAiView ops)
    {
        // Keys are written as slugs ("drift_3"): the flowchart takes them as ids as they are.
        var chart = new RadAiFlowchart("LR");
        var models = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string Model(ElementRef m)
        {
            var id = chart.Node("model_" + m.Element.Id, [m.Name], FlowchartShape.Rounded);
            if (seen.Add(id)) models.Add(id);
            return id;
        }
        var n = 0;
        foreach (var d in ops.DriftDetection)
        {
            var check = chart.Node("drift_" + (++n).ToString(CultureInfo.InvariantCulture), [(Words.Of(d.Type) is { } type ? type + " drift: " : "drift: ") + d.Threshold, "checked " + d.CheckFrequency], FlowchartShape.Diamond);
            chart.Edge(Model(d.Component), check, Method(d));
            var action = chart.Node("drift_action_" + n.ToString(CultureInfo.InvariantCulture), [d.Action ?? "alert", d.AlertChannel is null ? null : "via " + d.AlertChannel]);
            chart.Edge(check, action, d.ConsecutiveChecks is { } c ? "crossed " + c + " times in a row" : "crossed");
        }
        n = 0;
        foreach (var h in ops.HealthMetrics)
        {
            var check = chart.Node("health_" + (++n).ToString(CultureInfo.InvariantCulture), [h.Metric, "warning " + h.Warning, "critical " + h.Critical], FlowchartShape.Diamond);
            chart.Edge(Model(h.Component), check, "baseline " + h.Baseline);
        }
        n = 0;
        foreach (var t in ops.RetrainingTriggers)
        {
            var trigger = chart.Node("trigger_" + (++n).ToString(CultureInfo.InvariantCulture), [t.Name, string.Join(": ", new[] { RadAiText.Of(t.Kind), t.Condition }.OfType<string>())], FlowchartShape.Stadium);
            var action = chart.Node("trigger_action_" + n.ToString(CultureInfo.InvariantCulture), [t.Action], FlowchartShape.Subroutine);
            chart.Edge(trigger, action);
            foreach (var m in t.Models) chart.Edge(action, Model(m), "retrains");
        }
        chart.Class("model", "fill:#bbdefb,stroke:#1565c0,color:#000000", models);
        return chart;
    }

    private static RadAiFlowchart SignalChains(PipelineView pipelines)
    {
        var chart = new RadAiFlowchart("LR");
        var signals = new List<string>();
        string Workflow(string name) => chart.Node("workflow " + name, [name], FlowchartShape.Rounded);
        string SignalNode(string name)
        {
            var id = chart.Node("signal " + name, ["signal: " + name], FlowchartShape.Stadium);
            if (!signals.Contains(id)) signals.Add(id);
            return id;
        }
        foreach (var s in pipelines.Signals)
        {
            var signal = SignalNode(s.Name);
            if (s.Publisher is { } publisher) chart.Edge(Workflow(publisher), signal, "publishes");
            foreach (var subscriber in s.Subscribers) chart.Edge(signal, Workflow(subscriber), "triggers");
        }
        foreach (var t in pipelines.Triggers)
        {
            if (t.Signal is { } name)
            {
                var signal = SignalNode(name);
                chart.Edge(Workflow(t.Upstream), signal, "publishes");
                chart.Edge(signal, Workflow(t.Downstream), t.Condition);
            }
            else chart.Edge(Workflow(t.Upstream), Workflow(t.Downstream), t.Condition);
        }
        chart.Class("signal", "fill:#fff9c4,stroke:#f9a825,color:#000000", signals);
        return chart;
    }

    // A monitor watches elements; a person with a relationship to it uses it (reads its dashboards) and is not watched.
    internal static IEnumerable<Element> Watched(StereotypedElement monitor) => monitor.Upstream.Where(e => e is not Person);

    private static string? Method(DriftDetection d) => d.MethodDetail ?? RadAiText.Of(d.Method);

    private static string? Duration(TimeSpan? duration, string? note) => WithNote(duration is { } d ? RadAiText.Span(d) : null, note);

    // A typed value with its words in brackets; the words alone where no typed value is stated.
    private static string? WithNote(string? value, string? note) => value is null ? note : value + (note is null ? string.Empty : " (" + note + ")");
}
