namespace RadAi.Dsl;

/// <summary>An incident severity level (E8): condition, response, escalation.</summary>
public sealed record IncidentSeverity : RadAiRecord
{
    /// <summary>The level, e.g. "P1".</summary>
    public required string Level { get; init; }

    /// <summary>When an incident has this level.</summary>
    public required string Condition { get; init; }

    /// <summary>What is done.</summary>
    public required string Response { get; init; }

    /// <summary>Who is involved, e.g. "VP Engineering".</summary>
    public required string Escalation { get; init; }

    /// <summary>Escalate within this time.</summary>
    public TimeSpan? EscalateWithin { get; init; }
}
