using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Concern 9: AI quality scenarios (E6), drift detection and retraining triggers (E8).</summary>
internal sealed class DriftAndFreshnessRule : ConcernRule
{
    public override GapConcern Concern => GapConcern.DriftAndFreshness;

    public override string StandardRule =>
        "Partial when a quality scenario's id or a drift threshold appears in the text of an element or relationship; none otherwise. "
        + "Standard quality requirements have no attributes for model freshness or drift.";

    protected override IEnumerable<Evidence> Evidence(RadAiModel ai)
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

    protected override IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai)
        => ai.QualityScenarios.Scenarios.Select(s => (s.Id, (Element?)null))
            .Concat(ai.Operations.DriftDetection.Select(d => (d.Threshold.ToString(), (Element?)null)));

    protected override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Operations.DriftDetection.Select(d => d.Component.Element)
            .Concat(ai.QualityScenarios.Scenarios.SelectMany(s => s.Artifacts).Select(a => a.Element));
}
