namespace RadAi.Dsl.Rendering;

/// <summary>Paths of the RAD-AI arc42 extension documents written in this folder, for cross-links between them.</summary>
internal static class ExtensionPaths
{
    public const string BoundaryDelineation = "rad-ai/arc42-extensions/03-ai-boundary-delineation.md";
    public const string ModelRegistry = "rad-ai/arc42-extensions/05-model-registry-view.md";
    public const string DataPipelines = "rad-ai/arc42-extensions/06-data-pipeline-view.md";
    public const string ResponsibleAi = "rad-ai/arc42-extensions/08-responsible-ai-concepts.md";
}
