namespace RadAi.Dsl;

/// <summary>How the debt register is reviewed (E7).</summary>
public sealed record ReviewCadence
{
    /// <summary>Review frequency.</summary>
    public Freshness? Frequency { get; init; }

    /// <summary>Words about the frequency, e.g. "formal review at platform retrospectives".</summary>
    public string? FrequencyNote { get; init; }

    /// <summary>Who tracks the debt.</summary>
    public string? Owner { get; init; }

    /// <summary>When to escalate, e.g. "any High severity open &gt; 30 days".</summary>
    public string? EscalationThreshold { get; init; }

    /// <summary>How debt is reported.</summary>
    public string? Reporting { get; init; }
}
