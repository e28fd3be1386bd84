namespace RadAi.Dsl.Ai.Pipelines;

/// <summary>A data quality checkpoint (E3): check type, location, rule and threshold, action on failure.</summary>
/// <param name="Check">The check type, e.g. "Schema validation".</param>
/// <param name="Location">Where it runs, e.g. "After ingestion".</param>
/// <param name="Rule">The validation rule.</param>
/// <param name="OnFailure">What happens on failure, in order.</param>
public sealed record QualityCheckpoint(string Check, string Location, string Rule, EquatableList<FailureAction> OnFailure)
{
    /// <summary>The numeric limit of the rule, e.g. "null rate &lt; 1 %".</summary>
    public Threshold? Threshold { get; init; }

    /// <summary>Details of the failure handling, e.g. "fallback to previous batch".</summary>
    public string? FailureDetail { get; init; }
}
