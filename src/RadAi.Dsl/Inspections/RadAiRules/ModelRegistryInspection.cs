using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI102: every ML model has a model registry entry. RADAI103: the entry gives the current version, a primary metric
/// with an alert threshold (a performance baseline), a confidence range (on the ML Model element or its E1 inventory row)
/// and an owner.
/// </summary>
internal sealed class ModelRegistryInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        var inventory = new Dictionary<ElementRef, AiComponent>();
        foreach (var c in ai.BoundaryDelineation.Components) inventory.TryAdd(c.Component, c);
        foreach (var model in ai.Stereotypes.MlModels)
        {
            var element = model.Element;
            if (ai.Registry.Find(element) is not { } entry)
            {
                context.Report(InspectionRules.ModelRegistered, element,
                    $"{AiTerms.Subject(context, element)} has no entry in the model registry (E2), so its versions, baselines and owner are not documented. " +
                    $"Register it: ai.Registry.Add(new RegisteredModel …) with Id (\"MDL-…\"), Element (this model), Name ({InspectionText.Quote(model.Name)}), Task, Framework, Status and Owner, then its baselines with ai.Registry.AddBaseline.");
                continue;
            }
            var missing = new List<string>();
            if (string.IsNullOrWhiteSpace(entry.CurrentVersion)) missing.Add("the current version (.WithVersion(\"2.3\") on the model)");
            if (entry.Baselines.Count == 0) missing.Add($"a primary metric with its alert threshold (ai.Registry.AddBaseline({InspectionText.Quote(entry.Id)}, new PerformanceBaseline(\"NDCG\")) with Baseline and AlertThreshold)");
            else if (!entry.Baselines.Any(b => b.AlertThreshold is { IsTyped: true }))
                missing.Add($"an alert threshold with a comparison and a number on a baseline metric ({AiTerms.List(entry.Baselines.Select(b => b.Metric).ToList())}), e.g. Threshold.Below(\"NDCG\", 0.38)");
            var inventoryRow = inventory.GetValueOrDefault(element);
            // Quality stated as metrics that are not a confidence ("MAPE 8 %") needs no confidence range.
            if (AiTerms.Read(() => model.Confidence) is null && inventoryRow?.Confidence is null && string.IsNullOrWhiteSpace(model.Get("qualityMetrics")))
                missing.Add("a confidence range or quality metrics (.WithConfidence(0.60, 0.98) or .WithQualityMetrics(\"MAPE 8 %\") on the model, or Confidence on its AI component inventory row)");
            if (string.IsNullOrWhiteSpace(entry.Owner)) missing.Add("an owner (Owner = \"team\" in the registration)");
            if (missing.Count == 0) continue;
            context.Report(InspectionRules.RegistryEntryComplete, element,
                $"The registry entry {entry.Id} of {AiTerms.Name(context, element)} lacks {AiTerms.List(missing)}. State {(missing.Count == 1 ? "it" : "them")} where each hint says.");
        }
    }
}
