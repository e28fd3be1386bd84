using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI108: every model registered with status Production is covered by drift monitoring (a drift detection row, or a
/// &lt;&lt;Monitor&gt;&gt; related to it), a retraining trigger and a rollback procedure (naming it, or naming no model,
/// which makes it platform-wide). RADAI109: once there are ML models, the operational AI view has its four parts.
/// </summary>
internal sealed class OperationsInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        var operations = ai.Operations;
        // Sets, not a scan of every table per production model: the rule stays linear at thousands of models.
        var drifted = operations.DriftDetection.Select(d => d.Component).ToHashSet();
        var retrainAll = operations.RetrainingTriggers.Any(t => t.Models.Count == 0);
        var retrained = operations.RetrainingTriggers.SelectMany(t => t.Models).ToHashSet();
        var rollBackAll = operations.Rollbacks.Any(r => r.Models.Count == 0);
        var rolledBack = operations.Rollbacks.SelectMany(r => r.Models).ToHashSet();
        foreach (var registered in ai.Registry.Models.Where(m => m.Status == ModelStatus.Production))
        {
            var element = registered.Element.Element;
            var missing = new List<string>();
            if (!drifted.Contains(registered.Element) && !RelatedToMonitor(element))
                missing.Add("drift monitoring (ai.Operations.AddDriftDetection for it, or a Monitor related to it)");
            if (!retrainAll && !retrained.Contains(registered.Element))
                missing.Add("a retraining trigger (ai.Operations.AddRetrainingTrigger naming it in Models)");
            if (!rollBackAll && !rolledBack.Contains(registered.Element))
                missing.Add("a rollback procedure (ai.Operations.AddRollback naming it in Models, or one for every model)");
            if (missing.Count == 0) continue;
            context.Report(InspectionRules.ProductionModelOperated, element,
                $"{AiTerms.Subject(context, element)} is in production ({registered.Id}) but has no {string.Join(" and no ", missing.Select(m => m.StartsWith("a ", StringComparison.Ordinal) ? m[2..] : m))}. Add {(missing.Count == 1 ? "it" : "them")} to the operational AI view.");
        }

        if (ai.Stereotypes.MlModels.Count == 0 && ai.Registry.Models.Count == 0) return;
        var parts = new List<string>();
        if (operations.DriftDetection.Count + operations.HealthMetrics.Count == 0) parts.Add("monitoring (drift detection or health metrics)");
        if (operations.RetrainingTriggers.Count + operations.RetrainingProcess.Count == 0) parts.Add("retraining (triggers or the retraining process)");
        if (operations.Rollouts.Count + operations.CanarySteps.Count + operations.AbTests.Count == 0) parts.Add("deployment (a rollout strategy, canary steps or A/B tests)");
        if (operations.Rollbacks.Count == 0) parts.Add("rollback (rollback procedures)");
        if (parts.Count == 0) return;
        context.ReportRecord(InspectionRules.OperationalViewComplete, "Operational AI view", "operations",
            $"The operational AI view (E8) of a workspace with ML models lacks {AiTerms.List(parts)}. Add {(parts.Count == 1 ? "it" : "them")} through ai.Operations.");
    }

    private static bool RelatedToMonitor(Element element)
        => element.Relationships.Any(r => r.Destination.Tags.Contains(Stereotype.Monitor.Name))
           || element.Model.GetIncomingRelationships(element).Any(r => r.Source.Tags.Contains(Stereotype.Monitor.Name));
}
