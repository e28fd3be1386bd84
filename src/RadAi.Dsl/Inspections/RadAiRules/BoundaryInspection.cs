using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>RADAI104: an ML model placed in the non-deterministic region has a confidence gate and a fallback (on the gate or as a fallback strategy).</summary>
internal sealed class BoundaryInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        // Looked up, not scanned per model: the rule stays linear at thousands of models.
        var gatesByModel = ai.Boundary.Gates.ToLookup(g => g.Component);
        var withFallback = ai.Boundary.Fallbacks.Select(f => f.For).ToHashSet();
        foreach (var model in ai.Stereotypes.MlModels)
        {
            var element = model.Element;
            if (!element.Tags.Contains(RadAiConvention.NonDeterministicRegionTag)) continue;
            var gates = gatesByModel[element].ToList();
            var hasFallback = gates.Any(g => g.Fallback is not null) || withFallback.Contains(element);
            var missing = new List<string>();
            if (gates.Count == 0) missing.Add("confidence gate (ai.Boundary.AddGate(new ConfidenceGate …) with Id (\"CG-1\"), Component (the model), Threshold (e.g. 0.6) and ActionBelow)");
            if (!hasFallback) missing.Add("fallback (ai.Boundary.AddFallback(new FallbackStrategy …) with Id, Name, For (the model), Trigger and Behavior, or Fallback on its gate)");
            if (missing.Count == 0) continue;
            context.Report(InspectionRules.ModelGated, element,
                $"{AiTerms.Subject(context, element)} is in the non-deterministic region but has no {string.Join(" and no ", missing)}. Add {(missing.Count == 1 ? "it" : "them")} so its output reaches deterministic code only through a gate.");
        }
    }
}
