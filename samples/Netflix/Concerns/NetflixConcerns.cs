using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>
/// The ten concerns of the RAD-AI Netflix example's own gap analysis, declared through the public concern API; the
/// documentation set scores these instead of RAD-AI's default matrix, as the example does.
/// </summary>
public static class NetflixConcerns
{
    /// <summary>The ten concerns, in the example's order.</summary>
    public static IReadOnlyList<GapConcern> All { get; } =
    [
        new NonDeterministicComponentsConcern(),
        new ModelVersioningConcern(),
        new StreamingVersusBatchConcern(),
        new WorkflowTriggersConcern(),
        new SignalCoordinationConcern(),
        new FeatureStoreConcern(),
        new ExperimentationConcern(),
        new MlTechnicalDebtConcern(),
        new DriftAndFreshnessConcern(),
        new ResponsibleAiConcern(),
    ];
}
