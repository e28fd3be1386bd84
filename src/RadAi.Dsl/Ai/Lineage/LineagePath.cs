namespace RadAi.Dsl;

/// <summary>A data flow path from a source to a consumer, stage by stage (C4-E2 lineage details).</summary>
/// <param name="Name">Path name, e.g. "Streaming path (real-time serving)".</param>
/// <param name="SourceId">The data source id (must be in the inventory).</param>
/// <param name="Consumer">The consuming model or service.</param>
public sealed record LineagePath(string Name, string SourceId, ElementRef Consumer) : RadAiRecord
{
    /// <summary>The stages, in flow order.</summary>
    public EquatableList<LineageStage> Stages { get; init; } = [];

    /// <summary>"DS-001 → Recommendation Models: Streaming path".</summary>
    public override string ToString() => $"{SourceId} → {Consumer}: {Name}";
}
