namespace RadAi.Dsl;

/// <summary>An integration with a model registry tool (E2), e.g. MLflow for experiment tracking.</summary>
/// <param name="Tool">The tool or tool feature, e.g. "Metaflow Datastore (S3)".</param>
/// <param name="Purpose">What it is used for.</param>
public sealed record RegistryTool(string Tool, string? Purpose = null) : RadAiRecord
{
    /// <summary>The capability it provides, e.g. "Artifact management".</summary>
    public string? Capability { get; init; }

    /// <summary>A link to it.</summary>
    public string? Link { get; init; }
}
