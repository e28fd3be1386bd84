using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI105: every pipeline of the E3 inventory has a mode, a typed freshness SLA (a bound, cadence, continuous, on demand
/// or on an event, not only words) and an owner; every &lt;&lt;Data Pipeline&gt;&gt; element has an inventory row.
/// </summary>
internal sealed class PipelineInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        var pipelines = ai.Pipelines.Pipelines;
        foreach (var pipeline in pipelines)
        {
            var missing = new List<string>();
            if (pipeline.Mode is not { } mode || !Enum.IsDefined(mode)) missing.Add("a mode (Batch, Streaming, Hybrid or EventDriven)");
            if (pipeline.FreshnessSla is DescribedFreshness words)
                missing.Add($"a typed freshness SLA ({InspectionText.Quote(words.Text)} is only words; use e.g. Freshness.Under(TimeSpan.FromMinutes(5)), Freshness.Hourly or Freshness.Continuous)");
            if (string.IsNullOrWhiteSpace(pipeline.Owner)) missing.Add("an owner (the team answering for it)");
            if (missing.Count == 0) continue;
            var message = $"Pipeline {InspectionText.Shorten(pipeline.Id)} {InspectionText.Quote(pipeline.Name)} lacks {AiTerms.List(missing)}. Set {(missing.Count == 1 ? "it" : "them")} on its row of the pipeline inventory (ai.Pipelines).";
            if (pipeline.Element is { } element) context.Report(InspectionRules.PipelineComplete, element.Element, message);
            else context.ReportRecord(InspectionRules.PipelineComplete, $"Pipeline {pipeline.Id}", pipeline.Id, message);
        }
        var inventoried = pipelines.Where(p => p.Element is not null).Select(p => p.Element!.Value.Element).ToHashSet();
        foreach (var dataPipeline in ai.Stereotypes.DataPipelines)
        {
            var element = dataPipeline.Element;
            if (inventoried.Contains(element)) continue;
            context.Report(InspectionRules.PipelineComplete, element,
                $"{AiTerms.Subject(context, element)} has no row in the pipeline inventory (E3), so its mode, freshness SLA and owner are not recorded. " +
                $"Add one: ai.Pipelines.Add(new Pipeline …) with Id (\"PL-…\"), Name ({InspectionText.Quote(dataPipeline.Name)}), Mode, FreshnessSla, Owner and Element (this pipeline).");
        }
    }
}
