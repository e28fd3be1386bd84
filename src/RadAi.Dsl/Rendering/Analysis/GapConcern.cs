namespace RadAi.Dsl.Analysis;

/// <summary>The ten AI-specific concerns of the RAD-AI gap analysis, in its order.</summary>
public enum GapConcern
{
    /// <summary>Which components behave non-deterministically, and how the rest is shielded from them.</summary>
    NonDeterministicComponents = 1,
    /// <summary>Model versions, their history and training lineage.</summary>
    ModelVersioning,
    /// <summary>Streaming and batch pipelines told apart, with their freshness.</summary>
    StreamingVersusBatch,
    /// <summary>Workflow DAGs and event-triggered chaining.</summary>
    WorkflowTriggers,
    /// <summary>Publish/subscribe signals that coordinate workflows.</summary>
    SignalCoordination,
    /// <summary>The feature store as an element of its own.</summary>
    FeatureStore,
    /// <summary>A/B testing, canary analysis and model promotion.</summary>
    Experimentation,
    /// <summary>Technical debt particular to ML systems.</summary>
    MlTechnicalDebt,
    /// <summary>Drift monitoring, model freshness and retraining.</summary>
    DriftAndFreshness,
    /// <summary>Fairness, bias detection and explainability.</summary>
    ResponsibleAi,
}

/// <summary>Titles of <see cref="GapConcern"/>.</summary>
public static class GapConcerns
{
    /// <summary>The ten concerns, in order.</summary>
    public static IReadOnlyList<GapConcern> All { get; } = Enum.GetValues<GapConcern>();

    /// <summary>The concern's number, 1–10.</summary>
    public static int Number(this GapConcern concern) => (int)concern;

    /// <summary>A short title: "Model versioning and lifecycle".</summary>
    public static string Title(this GapConcern concern) => concern switch
    {
        GapConcern.NonDeterministicComponents => "Non-deterministic component identification",
        GapConcern.ModelVersioning => "Model versioning and lifecycle",
        GapConcern.StreamingVersusBatch => "Streaming vs. batch pipelines",
        GapConcern.WorkflowTriggers => "DAG dependencies and event-triggered chaining",
        GapConcern.SignalCoordination => "Signal-based cross-workflow coordination",
        GapConcern.FeatureStore => "Feature store as an architectural element",
        GapConcern.Experimentation => "A/B testing and experimentation",
        GapConcern.MlTechnicalDebt => "ML-specific technical debt",
        GapConcern.DriftAndFreshness => "Drift monitoring and model freshness",
        _ => "Responsible AI and fairness",
    };
}
