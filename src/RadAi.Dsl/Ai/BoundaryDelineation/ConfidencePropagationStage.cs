namespace RadAi.Dsl;

/// <summary>A stage of a confidence propagation chain (the example's E1 confidence propagation table).</summary>
public sealed record ConfidencePropagationStage : RadAiRecord
{
    /// <summary>The stage, e.g. "Feature freshness".</summary>
    public required string Stage { get; init; }

    /// <summary>The components involved.</summary>
    public EquatableList<ElementRef> Components { get; init; } = [];

    /// <summary>How it affects confidence.</summary>
    public string? Contribution { get; init; }

    /// <summary>What degrades.</summary>
    public string? DegradationEffect { get; init; }

    /// <summary>Components named in words, e.g. "implicit feedback models".</summary>
    public string? ComponentsNote { get; init; }
}
