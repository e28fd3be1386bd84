namespace RadAi.Dsl;

/// <summary>
/// The documents of a generated documentation set, by name: where a <see cref="UserSection"/> goes. The index and
/// every standard, RAD-AI and analysis document take user sections; the Structurizr workspace files do not.
/// </summary>
public enum DocumentId
{
    /// <summary>The index (README.md) linking every document.</summary>
    Index,

    /// <summary>Standard arc42 §3 Context and scope.</summary>
    ContextAndScope,

    /// <summary>Standard arc42 §5 Building block view.</summary>
    BuildingBlockView,

    /// <summary>Standard arc42 §6 Runtime view.</summary>
    RuntimeView,

    /// <summary>Standard C4 system context diagram.</summary>
    SystemContextDiagram,

    /// <summary>Standard C4 container diagram.</summary>
    ContainerDiagram,

    /// <summary>E1 AI boundary delineation.</summary>
    AiBoundaryDelineation,

    /// <summary>E2 Model registry view.</summary>
    ModelRegistry,

    /// <summary>E3 Data pipeline view.</summary>
    DataPipelines,

    /// <summary>E4 Responsible AI concepts.</summary>
    ResponsibleAi,

    /// <summary>E5 AI architecture decision records (the list of records).</summary>
    AiDecisionRecords,

    /// <summary>E6 AI quality scenarios.</summary>
    AiQualityScenarios,

    /// <summary>E7 AI debt register.</summary>
    AiDebtRegister,

    /// <summary>E8 Operational AI view.</summary>
    OperationalAiView,

    /// <summary>C4-E1 container diagram with AI stereotypes.</summary>
    StereotypedContainerDiagram,

    /// <summary>C4-E2 data lineage overlay.</summary>
    DataLineageOverlay,

    /// <summary>C4-E3 non-determinism boundary.</summary>
    NonDeterminismBoundary,

    /// <summary>The gap analysis.</summary>
    GapAnalysis,

    /// <summary>The EU AI Act Annex IV checklist.</summary>
    AnnexIvChecklist,
}
