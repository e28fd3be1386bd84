namespace RadAi.Dsl.Ai.Pipelines;

/// <summary>A stage of a pipeline (E3): input, output, processing, quality gate.</summary>
/// <param name="Name">Stage name, e.g. "Schema validation".</param>
/// <param name="Input">What comes in.</param>
/// <param name="Output">What goes out.</param>
/// <param name="Processing">The transformation logic.</param>
/// <param name="QualityGate">The gate applied, e.g. "schema conformance 100%".</param>
public sealed record PipelineStage(string Name, string Input, string Output, string Processing, string? QualityGate = null);
