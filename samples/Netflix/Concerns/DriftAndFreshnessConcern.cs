using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>AI quality scenarios (E6), drift detection and retraining triggers (E8).</summary>
internal sealed class DriftAndFreshnessConcern : GapConcern
{
    public override string Id => "drift-and-freshness";

    public override string Title => "Drift monitoring and model freshness";

    public override string StandardRule =>
        "None: standard quality requirements have no attributes for model freshness or drift.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var scenarios = ai.QualityScenarios.Scenarios;
        yield return Check("AI quality scenarios", RadAiExtension.E6, scenarios.Count,
            () => $"{Count(scenarios.Count, "quality scenario")} ({Names(scenarios.Select(s => s.Id))}) on {Names(scenarios.Select(s => s.Attribute.Name.ToLowerInvariant()))}");
        var drift = ai.Operations.DriftDetection;
        yield return Check("drift detection", RadAiExtension.E8, drift.Count,
            () => $"{Count(drift.Count, "drift check")} with thresholds on {Names(drift.Select(d => d.Component.Name))}");
        var retraining = ai.Operations.RetrainingTriggers;
        yield return Check("retraining triggers", RadAiExtension.E8, retraining.Count,
            () => $"{Count(retraining.Count, "retraining trigger")} ({Names(retraining.Select(r => r.Name))})");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Operations.DriftDetection.Select(d => d.Component.Element)
            .Concat(ai.QualityScenarios.Scenarios.SelectMany(s => s.Artifacts).Select(a => a.Element));
}
