namespace RadAi.Dsl;

/// <summary>A boundary-crossing contract (E1): output type, confidence specification, update frequency, fallback.</summary>
public sealed record BoundaryContract : RadAiRecord
{
    /// <summary>The AI component producing the output.</summary>
    public required ElementRef From { get; init; }

    /// <summary>The consumer on the other side.</summary>
    public required ElementRef To { get; init; }

    /// <summary>What crosses, e.g. "ranked rows + relevance scores".</summary>
    public string? OutputType { get; init; }

    /// <summary>When the output is trusted.</summary>
    public string? ConfidenceSpecification { get; init; }

    /// <summary>How often the output changes (retraining, refresh).</summary>
    public required Freshness UpdateFrequency { get; init; }

    /// <summary>What the consumer does otherwise.</summary>
    public string? Fallback { get; init; }

    /// <summary>How quality degrades when the contract is not met.</summary>
    public string? DegradationProfile { get; init; }
}
