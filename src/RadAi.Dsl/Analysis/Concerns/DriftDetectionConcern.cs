using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Drift detection and monitoring: drift checks (E8) and [MON] elements (C4-E1).</summary>
internal sealed class DriftDetectionConcern : GapConcern
{
    public override string Id => "drift-detection";

    public override string Title => "Drift detection and monitoring";

    public override string StandardRule =>
        "None: standard quality requirements and views have no attributes for drift, its thresholds or the monitors that check it.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var drift = ai.Operations.DriftDetection;
        yield return Check("drift detection", RadAiExtension.E8, drift.Count,
            () => $"{Count(drift.Count, "drift check")} on {Names(drift.Select(d => d.Component.Name))}");
        var monitors = ai.Stereotypes.Monitors;
        yield return Check("[MON] stereotyped elements", RadAiExtension.C4E1, monitors.Count,
            () => $"{Count(monitors.Count, "monitor")} ({Names(monitors.Select(m => m.Name))})");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Operations.DriftDetection.Select(d => d.Component.Element).Concat(ai.Stereotypes.Monitors.Select(m => m.Element));
}
