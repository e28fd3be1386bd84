namespace RadAi.Dsl.Diff;

/// <summary>
/// The part of the architecture a change belongs to: the C4 model and views, and one area per RAD-AI extension. The
/// order of the members is the order of consequence the reports use (what a model serves and how it is guarded first,
/// boxes and views last).
/// </summary>
public enum DiffArea
{
    /// <summary>E2: the model registry (models registered, retired, promoted to another version).</summary>
    ModelRegistry,

    /// <summary>C4-E3: the non-determinism boundary (confidence gates, regions).</summary>
    NonDeterminismBoundary,

    /// <summary>EU AI Act and E1: risk classes of the system and of its AI components.</summary>
    Compliance,

    /// <summary>E3: data pipelines (mode, freshness SLA).</summary>
    DataPipelines,

    /// <summary>E8: operational AI view (drift detection).</summary>
    Operations,

    /// <summary>E7: the AI debt register.</summary>
    Debt,

    /// <summary>E6: AI quality scenarios.</summary>
    QualityScenarios,

    /// <summary>E5: AI architecture decisions.</summary>
    Decisions,

    /// <summary>E1: AI boundary delineation (AI component inventory, other than risk class).</summary>
    BoundaryDelineation,

    /// <summary>C4-E1: stereotypes and the facts stored on stereotyped elements.</summary>
    Stereotypes,

    /// <summary>The C4 model: elements and relationships.</summary>
    Model,

    /// <summary>The C4 views.</summary>
    Views,
}
