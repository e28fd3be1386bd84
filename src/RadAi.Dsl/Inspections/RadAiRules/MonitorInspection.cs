using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>RADAI107: every &lt;&lt;Monitor&gt;&gt; names the metrics it tracks and alert thresholds with a comparison and a number.</summary>
internal sealed class MonitorInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        // The thresholds depend only on the stored text, and a large model repeats a few texts thousands of times:
        // each is parsed once per run.
        var parsed = new Dictionary<string, IReadOnlyList<Threshold>?>(StringComparer.Ordinal);
        foreach (var monitor in ai.Stereotypes.Monitors)
        {
            var problems = new List<string>();
            if (monitor.Metrics.Count == 0)
                problems.Add($"names no metrics (set them with .WithMetrics(\"PSI\", \"latency P95\") or the property {monitor.Stereotype.PropertyKey("metrics")})");
            IReadOnlyList<Threshold>? thresholds;
            if (monitor.Get("alertThresholds") is not { } text) thresholds = AiTerms.Read(() => monitor.AlertThresholds);
            else if (!parsed.TryGetValue(text, out thresholds)) parsed[text] = thresholds = AiTerms.Read(() => monitor.AlertThresholds);
            if (thresholds is null || thresholds.Count == 0)
                problems.Add($"has no alert thresholds (set them with .WithAlertThresholds(Threshold.Above(\"PSI\", 0.2)) or the property {monitor.Stereotype.PropertyKey("alertThresholds")})");
            else if (thresholds.Where(t => !t.IsTyped).Select(t => InspectionText.Quote(t.ToString())).ToList() is { Count: > 0 } words)
                problems.Add($"has alert thresholds without a comparison and a number ({AiTerms.List(words)}), which cannot fire an alert; write them like \"PSI > 0.2\" or \"latency P95 > 250 ms\"");
            if (problems.Count == 0) continue;
            context.Report(InspectionRules.MonitorComplete, monitor.Element,
                $"{AiTerms.Subject(context, monitor.Element)} {AiTerms.List(problems)}.");
        }
    }
}
