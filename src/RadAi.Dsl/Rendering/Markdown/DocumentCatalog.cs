namespace RadAi.Dsl.Rendering.Markdown;

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
        new Standard.ContextScopeDocument(),
        new Standard.BuildingBlockViewDocument(),
        new Standard.RuntimeViewDocument(),
        new Standard.SystemContextDocument(),
        new Standard.ContainerDiagramDocument(),

        // RAD-AI arc42 extensions E1–E8
        new Arc42.AiBoundaryDelineationDocument(),
        new Arc42.ModelRegistryDocument(),
        new Arc42.DataPipelineDocument(),
        new Arc42.ResponsibleAiDocument(),
        new Arc42.AiDecisionRecordsRenderer(),
        new Arc42.AiQualityScenariosRenderer(),
        new Arc42.AiDebtRegisterRenderer(),
        new Arc42.OperationalAiViewRenderer(),

        // RAD-AI C4 extensions C4-E1–C4-E3
        new C4Diagrams.StereotypedContainerDiagramRenderer(),
        new C4Diagrams.DataLineageOverlayRenderer(),
        new C4Diagrams.NonDeterminismBoundaryRenderer(),

        // Analyses
        new Analysis.GapAnalysisRenderer(),
        new Compliance.AnnexIvChecklistRenderer(),
    ];
}
