namespace RadAi.Dsl;

/// <summary>What a quality checkpoint does when its rule fails: the well-known actions or your own words (e.g. "Page the on-call data engineer").</summary>
/// <param name="Name">The failure action as written.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(VocabularyConverter<FailureAction>))]
public readonly record struct FailureAction(string Name) : IVocabulary<FailureAction>
{
    /// <summary>The failure action as written, trimmed.</summary>
    public string Name { get; } = Vocabulary.Name(Name, "failure action");

    /// <summary>Reject the record or batch.</summary>
    public static FailureAction Reject { get; } = new("Reject");

    /// <summary>Send to a dead-letter or quarantine area.</summary>
    public static FailureAction Quarantine { get; } = new("Quarantine");

    /// <summary>Alert a team.</summary>
    public static FailureAction Alert { get; } = new("Alert");

    /// <summary>Fall back to the previous good output.</summary>
    public static FailureAction FallbackToPrevious { get; } = new("Fallback to previous");

    /// <summary>Retry.</summary>
    public static FailureAction Retry { get; } = new("Retry");

    /// <summary>Block the downstream step (e.g. a deployment).</summary>
    public static FailureAction Block { get; } = new("Block");

    /// <summary>Log and continue.</summary>
    public static FailureAction Log { get; } = new("Log");

    /// <summary>Fill the missing values (impute).</summary>
    public static FailureAction Impute { get; } = new("Impute");

    /// <summary>Ask the sender to send the data again.</summary>
    public static FailureAction RequestRetransmission { get; } = new("Request retransmission");

    /// <summary>Escalate to a person or team.</summary>
    public static FailureAction Escalate { get; } = new("Escalate");

    /// <summary>Fall back to deterministic rules.</summary>
    public static FailureAction DegradeToRules { get; } = new("Degrade to rules");

    /// <inheritdoc/>
    public static IReadOnlyList<FailureAction> WellKnown { get; } = [Reject, Quarantine, Alert, FallbackToPrevious, Retry, Block, Log, Impute, RequestRetransmission, Escalate, DegradeToRules];

    /// <inheritdoc/>
    public static FailureAction Parse(string text) => Vocabulary.Parse(text, static t => new FailureAction(t));

    /// <summary>Whether this is one of the <see cref="WellKnown"/> values.</summary>
    public bool IsWellKnown => WellKnown.Contains(this);

    /// <summary>Equal when the names differ only in case, spacing or punctuation.</summary>
    public bool Equals(FailureAction other) => Vocabulary.Same(Name, other.Name);

    /// <inheritdoc/>
    public override int GetHashCode() => Vocabulary.Hash(Name);

    /// <summary>The name as written.</summary>
    public override string ToString() => Name ?? string.Empty;
}
