using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.EmergencyTriage.Concerns;

/// <summary>A person can override the model, the override is logged, and the review point is an element of the architecture.</summary>
internal sealed class ClinicianOverrideTrackingConcern : GapConcern
{
    public override string Id => "clinician-override-tracking";

    public override string Title => "Clinician override tracking";

    public override string StandardRule =>
        "None: a container diagram can show a review application, but not that its decisions override a model and are logged.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var reviewers = ai.Stereotypes.HumansInTheLoop;
        yield return Check("human-in-the-loop elements", RadAiExtension.C4E1, reviewers.Count,
            () => Names(reviewers.Select(r => r.Element.Name)));
        var policy = ai.ResponsibleAi.Override;
        yield return Check("override mechanism", RadAiExtension.E4, policy?.OverrideMechanism is null ? 0 : 1, () => policy!.OverrideMechanism!);
        yield return Check("override logging", RadAiExtension.E4, policy?.OverrideLogging is null ? 0 : 1, () => policy!.OverrideLogging!);
    }

    public override IEnumerable<Element> Elements(RadAiModel ai) => ai.Stereotypes.HumansInTheLoop.Select(r => r.Element);
}
