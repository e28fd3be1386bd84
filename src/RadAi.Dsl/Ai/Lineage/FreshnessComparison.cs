namespace RadAi.Dsl.Ai.Lineage;

/// <summary>Streaming versus batch freshness of one feature type (the example's comparison table).</summary>
/// <param name="FeatureType">The feature type, e.g. "Recent viewing behaviour (last 1 hour)".</param>
/// <param name="Impact">How much staleness hurts.</param>
/// <param name="Streaming">Freshness on the streaming path, or null when not applicable.</param>
/// <param name="Batch">Freshness on the batch path, or null when not applicable.</param>
public sealed record FreshnessComparison(string FeatureType, Severity Impact, Freshness? Streaming = null, Freshness? Batch = null)
{
    /// <summary>Why staleness hurts this much.</summary>
    public string? ImpactNote { get; init; }
}
