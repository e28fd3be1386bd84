namespace RadAi.Dsl;

/// <summary>
/// A confidence band: its name, when it applies and what the system does in it. The criterion is a
/// <see cref="ConfidenceRange"/> (<see cref="Range"/>), a value as written (<see cref="Criterion"/>: "&gt;= 0.85",
/// "0.60 - 0.85", or words such as "metric well above threshold"), or both.
/// </summary>
public sealed record ConfidenceBand
{
    /// <summary>Creates a band; set <see cref="Action"/> and what says when it applies.</summary>
    public ConfidenceBand() { }

    /// <summary>Creates a band over a confidence range.</summary>
    /// <param name="range">The confidence range; null when the band is stated otherwise.</param>
    /// <param name="action">What happens, e.g. "auto-accept".</param>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public ConfidenceBand(ConfidenceRange? range, string action)
    {
        Range = range;
        Action = action;
    }

    /// <summary>The band's name, e.g. "High" or "Human review".</summary>
    public string? Name { get; init; }

    /// <summary>The confidence range, when stated as one.</summary>
    public ConfidenceRange? Range { get; init; }

    /// <summary>When the band applies, as written ("&gt;= 0.85", "0.60 - 0.85", "metric near threshold").</summary>
    public StatedValue? Criterion { get; init; }

    /// <summary>What happens, e.g. "auto-accept".</summary>
    public required string Action { get; init; }

    /// <summary>
    /// Whether a confidence value falls in the band: by <see cref="Range"/>, else by a typed <see cref="Criterion"/>
    /// (a bound such as "&gt;= 0.85" or a range); false for a band stated only in words.
    /// </summary>
    public bool Contains(double confidence) => Range is { } r
        ? r.Contains(confidence)
        : Criterion switch
        {
            Quantity q => q.Comparison is not null ? q.IsSatisfiedBy(confidence) : q.Value == confidence,
            ValueRange v => v.Contains(confidence),
            _ => false,
        };

    /// <summary>The criterion as written, else the range, else null.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? When => Criterion?.Text ?? Range?.ToString();
}
