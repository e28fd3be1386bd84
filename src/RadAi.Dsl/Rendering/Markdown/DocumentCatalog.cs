namespace RadAi.Dsl.Rendering;

/// <summary>
/// Every document renderer of the documentation set, in index order. One line per renderer: add yours
/// in its group (standard, RAD-AI arc42, RAD-AI C4, analyses).
/// </summary>
internal static class DocumentCatalog
{
    public static IReadOnlyList<DocumentRenderer> All { get; } =
    [
        new WorkspaceJsonRenderer(),
        new WorkspaceDslRenderer(),

        // Standard arc42 / C4 (AI layer ignored)
        new ContextScopeDocument(),
        new BuildingBlockViewDocument(),
        new RuntimeViewDocument(),
        new SystemContextDocument(),
        new ContainerDiagramDocument(),

        // RAD-AI arc42 extensions E1–E8
        new AiBoundaryDelineationDocument(),
        new ModelRegistryDocument(),
        new DataPipelineDocument(),
        new ResponsibleAiDocument(),
        new AiDecisionRecordsRenderer(),
        new AiQualityScenariosRenderer(),
        new AiDebtRegisterRenderer(),
        new OperationalAiViewRenderer(),

        // RAD-AI C4 extensions C4-E1–C4-E3
        new StereotypedContainerDiagramRenderer(),
        new DataLineageOverlayRenderer(),
        new NonDeterminismBoundaryRenderer(),

        // Analyses
        new Analysis.GapAnalysisRenderer(),
        new AnnexIvChecklistRenderer(),
    ];
}
