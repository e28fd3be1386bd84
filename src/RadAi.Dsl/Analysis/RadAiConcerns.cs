namespace RadAi.Dsl.Analysis;

/// <summary>
/// RAD-AI's own ten-item concern coverage matrix, the default concerns of <see cref="GapAnalysis"/>: each scored from
/// the typed registers and stereotypes of any system. Combine them with concerns of your own, or leave some out.
/// </summary>
public static class RadAiConcerns
{
    /// <summary>Model versions, their history and lifecycle (E2).</summary>
    public static GapConcern ModelVersioning { get; } = new ModelVersioningConcern();

    /// <summary>Feature stores as elements of their own, and the feature groups they share (C4-E1, E3).</summary>
    public static GapConcern FeatureStore { get; } = new FeatureStoreConcern();

    /// <summary>Data pipelines and their quality gates (E3).</summary>
    public static GapConcern PipelineQualityGates { get; } = new PipelineQualityGatesConcern();

    /// <summary>Drift detection and the monitors that run it (E8, C4-E1).</summary>
    public static GapConcern DriftDetection { get; } = new DriftDetectionConcern();

    /// <summary>Retraining triggers and the automated retraining process (E8).</summary>
    public static GapConcern RetrainingTriggers { get; } = new RetrainingTriggersConcern();

    /// <summary>Deterministic and non-deterministic regions, confidence gates and fallbacks (C4-E3, E1).</summary>
    public static GapConcern NonDeterminismBoundaries { get; } = new NonDeterminismBoundariesConcern();

    /// <summary>A/B tests and canary model deployment (E8).</summary>
    public static GapConcern AbTestingAndCanary { get; } = new AbTestingAndCanaryConcern();

    /// <summary>Data sources and lineage paths (C4-E2).</summary>
    public static GapConcern DataLineage { get; } = new DataLineageConcern();

    /// <summary>Technical debt particular to ML systems (E7).</summary>
    public static GapConcern MlDebt { get; } = new MlDebtConcern();

    /// <summary>Fairness, bias detection and explainability (E4).</summary>
    public static GapConcern ResponsibleAi { get; } = new ResponsibleAiConcern();

    /// <summary>The ten concerns, in the matrix's order.</summary>
    public static IReadOnlyList<GapConcern> All { get; } =
    [
        ModelVersioning, FeatureStore, PipelineQualityGates, DriftDetection, RetrainingTriggers,
        NonDeterminismBoundaries, AbTestingAndCanary, DataLineage, MlDebt, ResponsibleAi,
    ];
}
