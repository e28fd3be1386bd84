using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI101: every stereotyped element (the five built in and custom ones) carries each property its stereotype requires.
/// Monitors' metrics and thresholds are left to RADAI107, which checks them in more detail; whether a present value
/// reads is RADAI114's.
/// </summary>
internal sealed class StereotypePropertiesInspection : IInspection
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["ML.version"] = ".WithVersion(\"2.3\")",
        ["ML.primaryMetric"] = ".WithPrimaryMetric(\"NDCG\", \"0.41\")",
        ["ML.confidence"] = ".WithConfidence(0.60, 0.98)",
        ["ML.latency"] = ".WithLatency(TimeSpan.FromMilliseconds(250), 95)",
        ["DP.schedule"] = ".WithSchedule(Freshness.Daily)",
        ["DP.sla"] = ".WithSla(Freshness.Under(TimeSpan.FromHours(1)))",
        ["DP.qualityGates"] = ".WithQualityGates(\"schema check\")",
        ["FS.featureCount"] = ".WithFeatureCount(120)",
        ["FS.refresh"] = ".WithRefresh(Freshness.Hourly)",
        ["HITL.trigger"] = ".WithTrigger(\"confidence < 0.7\")",
        ["HITL.responseSla"] = ".WithResponseSla(TimeSpan.FromHours(4))",
    };

    /// <summary>The typed setter that writes a built-in stereotype's property, e.g. <c>.WithVersion("2.3")</c>, or null.</summary>
    public static string? Example(Stereotype stereotype, string key) => Examples.GetValueOrDefault(stereotype.Label + "." + key);

    // A confidence range and one primary metric are one way to state an ML model's quality; several quality metrics
    // ("precision 0.41", "recall 0.83", "MAPE 8 %") are another, and a model that states them lacks neither.
    private static bool StatedOtherwise(StereotypedElement handle, string key)
        => handle.Stereotype == Stereotype.MlModel && key is "primaryMetric" or "confidence" && !string.IsNullOrWhiteSpace(handle.Get("qualityMetrics"));

    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        foreach (var element in context.Model.Elements)
        {
            if (ai.Stereotypes.FindElement(element) is not { } handle) continue;
            var stereotype = handle.Stereotype;
            if (stereotype == Stereotype.Monitor) continue;
            var missing = stereotype.RequiredProperties.Where(p => string.IsNullOrWhiteSpace(handle.Get(p.Key)) && !StatedOtherwise(handle, p.Key)).ToList();
            if (missing.Count == 0) continue;
            var what = AiTerms.List(missing.Select(p => $"{p.Key} ({p.Description.ToLowerInvariant()})").ToList());
            var how = AiTerms.List(missing.Select(p => Example(stereotype, p.Key) ?? $".Set(\"{p.Key}\", …)").ToList());
            var keys = AiTerms.List(missing.Select(p => stereotype.PropertyKey(p.Key)).ToList());
            context.Report(InspectionRules.StereotypeProperties, element,
                $"{AiTerms.Subject(context, element)} lacks {what}. Set {(missing.Count == 1 ? "it" : "them")} with {how}, or the propert{(missing.Count == 1 ? "y" : "ies")} {keys}.");
        }
    }
}
