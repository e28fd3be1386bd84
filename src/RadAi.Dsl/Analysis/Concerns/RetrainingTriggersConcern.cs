using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Retraining triggers and automation (E8).</summary>
internal sealed class RetrainingTriggersConcern : GapConcern
{
    public override string Id => "retraining-triggers";

    public override string Title => "Retraining triggers and automation";

    public override string StandardRule =>
        "None: a runtime view shows requests between elements, not the conditions that start a model's retraining or the steps that follow.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var triggers = ai.Operations.RetrainingTriggers;
        yield return Check("retraining triggers", RadAiExtension.E8, triggers.Count,
            () => $"{Count(triggers.Count, "retraining trigger")} ({Names(triggers.Select(t => t.Name))})");
        var steps = ai.Operations.RetrainingProcess;
        yield return Check("retraining process", RadAiExtension.E8, steps.Count, () => $"{Count(steps.Count, "retraining step")}");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Operations.RetrainingTriggers.SelectMany(t => t.Models).Select(m => m.Element);
}
