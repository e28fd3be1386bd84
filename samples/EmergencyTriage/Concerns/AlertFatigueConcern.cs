using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.EmergencyTriage.Concerns;

/// <summary>The alerts the models raise are watched by a monitor with a threshold, and an incident level says what too many means.</summary>
internal sealed class AlertFatigueConcern : GapConcern
{
    public override string Id => "alert-fatigue";

    public override string Title => "Alert fatigue";

    public override string StandardRule =>
        "None: standard quality requirements can name alert volume, but no standard document ties it to a model and its monitor.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var watching = ai.Stereotypes.Monitors.Where(m => m.AlertThresholds.Count > 0).ToList();
        yield return Check("monitors with alert thresholds", RadAiExtension.C4E1, watching.Count,
            () => Names(watching.Select(m => m.Element.Name)));
        var predictionDrift = ai.Operations.DriftDetection.Where(d => d.Type == DriftType.Prediction).ToList();
        yield return Check("prediction drift checks", RadAiExtension.E8, predictionDrift.Count,
            () => Names(predictionDrift.Select(d => d.Component.ToString())));
        var gatesInWords = ai.Boundary.Gates.Where(g => g.Rule is not null).ToList();
        yield return Check("gates with an alert rule", RadAiExtension.C4E3, gatesInWords.Count, () => Names(gatesInWords.Select(g => g.Id)));
    }
}
