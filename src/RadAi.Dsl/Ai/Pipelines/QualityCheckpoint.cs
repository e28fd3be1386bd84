namespace RadAi.Dsl;

/// <summary>A data quality checkpoint (E3): check type, location, rule and threshold, action on failure.</summary>
public sealed record QualityCheckpoint : RadAiRecord
{
    /// <summary>The check type, e.g. "Schema validation".</summary>
    public required string Check { get; init; }

    /// <summary>Where it runs, e.g. "After ingestion".</summary>
    public string? Location { get; init; }

    /// <summary>The validation rule.</summary>
    public string? Rule { get; init; }

    /// <summary>What happens on failure, in order.</summary>
    public EquatableList<FailureAction> OnFailure { get; init; } = [];

    /// <summary>The numeric limit of the rule, e.g. "null rate &lt; 1 %".</summary>
    public Threshold? Threshold { get; init; }

    /// <summary>Details of the failure handling, e.g. "fallback to previous batch".</summary>
    public string? FailureDetail { get; init; }
}
