namespace RadAi.Dsl;

/// <summary>A stage of a pipeline (E3): input, output, processing, quality gate.</summary>
public sealed record PipelineStage : RadAiRecord
{
    /// <summary>Stage name, e.g. "Schema validation".</summary>
    public required string Name { get; init; }

    /// <summary>What comes in.</summary>
    public string? Input { get; init; }

    /// <summary>What goes out.</summary>
    public string? Output { get; init; }

    /// <summary>The transformation logic.</summary>
    public string? Processing { get; init; }

    /// <summary>The gate applied, e.g. "schema conformance 100%".</summary>
    public string? QualityGate { get; init; }
}
