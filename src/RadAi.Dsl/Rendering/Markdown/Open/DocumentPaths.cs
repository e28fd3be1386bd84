namespace RadAi.Dsl.Rendering;

/// <summary>The path of each <see cref="DocumentId"/> in a documentation set.</summary>
internal static class DocumentPaths
{
    private static readonly Dictionary<string, DocumentId> Ids = new(StringComparer.Ordinal)
    {
        [DocumentIndex.Path] = DocumentId.Index,
        [ContextScopeDocument.DocumentPath] = DocumentId.ContextAndScope,
        [BuildingBlockViewDocument.DocumentPath] = DocumentId.BuildingBlockView,
        [RuntimeViewDocument.DocumentPath] = DocumentId.RuntimeView,
        [SystemContextDocument.DocumentPath] = DocumentId.SystemContextDiagram,
        [ContainerDiagramDocument.DocumentPath] = DocumentId.ContainerDiagram,
        [ExtensionPaths.BoundaryDelineation] = DocumentId.AiBoundaryDelineation,
        [ExtensionPaths.ModelRegistry] = DocumentId.ModelRegistry,
        [ExtensionPaths.DataPipelines] = DocumentId.DataPipelines,
        [ExtensionPaths.ResponsibleAi] = DocumentId.ResponsibleAi,
        [AiDecisionRecordsRenderer.IndexPath] = DocumentId.AiDecisionRecords,
        [AiQualityScenariosRenderer.DocumentPath] = DocumentId.AiQualityScenarios,
        [AiDebtRegisterRenderer.DocumentPath] = DocumentId.AiDebtRegister,
        [OperationalAiViewRenderer.DocumentPath] = DocumentId.OperationalAiView,
        [StereotypedContainerDiagramRenderer.DocumentPath] = DocumentId.StereotypedContainerDiagram,
        [DataLineageOverlayRenderer.DocumentPath] = DocumentId.DataLineageOverlay,
        [NonDeterminismBoundaryRenderer.DocumentPath] = DocumentId.NonDeterminismBoundary,
        [Analysis.GapAnalysisRenderer.DocumentPath] = DocumentId.GapAnalysis,
        [AnnexIvChecklistRenderer.DocumentPath] = DocumentId.AnnexIvChecklist,
    };

    /// <summary>The document at a path, or null for a file no <see cref="DocumentId"/> names (an AI-ADR, the workspace files).</summary>
    public static DocumentId? IdOf(string path) => Ids.TryGetValue(path, out var id) ? id : null;

    /// <summary>Every path with its document.</summary>
    public static IReadOnlyDictionary<string, DocumentId> All => Ids;
}
