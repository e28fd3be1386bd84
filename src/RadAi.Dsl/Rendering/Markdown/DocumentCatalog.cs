using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Every document renderer of the documentation set, in index order. One line per renderer: add yours
/// in its group (standard, RAD-AI arc42, RAD-AI C4, analyses).
/// </summary>
internal static class DocumentCatalog
{
    private static readonly DocumentRenderer[] Workspace = [new WorkspaceJsonRenderer(), new WorkspaceDslRenderer()];

    // Standard arc42 / C4 (AI layer ignored)
    private static readonly DocumentRenderer[] Standard =
    [
        new ContextScopeDocument(),
        new BuildingBlockViewDocument(),
        new RuntimeViewDocument(),
        new SystemContextDocument(),
        new ContainerDiagramDocument(),
    ];

    private static readonly DocumentRenderer[] RadAi =
    [
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
    ];

    private static readonly DocumentRenderer[] Analyses = [new GapAnalysisRenderer(), new AnnexIvChecklistRenderer()];

    /// <summary>Every renderer, whatever the model holds.</summary>
    public static IReadOnlyList<DocumentRenderer> All { get; } = [.. Workspace, .. Standard, .. RadAi, .. Analyses];

    // A model without any RAD-AI fact gets one page naming the empty extensions, not eleven empty documents.
    private static readonly IReadOnlyList<DocumentRenderer> WithoutRadAi = [.. Workspace, .. Standard, new EmptyExtensionsDocument(), .. Analyses];

    /// <summary>The renderers of the documentation set of this model.</summary>
    public static IReadOnlyList<DocumentRenderer> For(RadAiModel ai) => RadAiExtensions.NoneRecordedIn(ai) ? WithoutRadAi : All;
}
