namespace RadAi.Dsl;

/// <summary>Streaming versus batch freshness of one feature type (the example's comparison table).</summary>
public sealed record FreshnessComparison : RadAiRecord
{
    /// <summary>The feature type, e.g. "Recent viewing behaviour (last 1 hour)".</summary>
    public required string FeatureType { get; init; }

    /// <summary>How much staleness hurts.</summary>
    public Severity? Impact { get; init; }

    /// <summary>Freshness on the streaming path, or null when not applicable.</summary>
    public Freshness? Streaming { get; init; }

    /// <summary>Freshness on the batch path, or null when not applicable.</summary>
    public Freshness? Batch { get; init; }

    /// <summary>Why staleness hurts this much.</summary>
    public string? ImpactNote { get; init; }
}
