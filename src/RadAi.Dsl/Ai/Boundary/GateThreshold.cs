namespace RadAi.Dsl;

/// <summary>
/// One routing rule of a <see cref="ConfidenceGate"/>: when the metric crosses the limit, the action applies
/// ("confidence &gt;= 0.85" → "accept", "MAE &gt; 5.5 min" → "reject"). The limit may be words
/// (<see cref="Threshold.AsWritten"/>), kept as written; such a rule never matches a measured value.
/// </summary>
/// <param name="When">The limit, e.g. "confidence &gt;= 0.85" or "MAE &lt; 2 min".</param>
/// <param name="Action">What happens then, e.g. "accept", "human review", "reject".</param>
public sealed record GateThreshold(Threshold When, string Action)
{
    /// <summary>"limit: action".</summary>
    public override string ToString() => When + ": " + Action;
}
