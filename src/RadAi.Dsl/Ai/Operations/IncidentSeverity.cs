namespace RadAi.Dsl;

/// <summary>An incident severity level (E8): condition, response, escalation.</summary>
public sealed record IncidentSeverity : RadAiRecord
{
    /// <summary>The level, e.g. "P1".</summary>
    public required string Level { get; init; }

    /// <summary>When an incident has this level.</summary>
    public string? Condition { get; init; }

    /// <summary>What is done.</summary>
    public string? Response { get; init; }

    /// <summary>Who is involved, e.g. "VP Engineering".</summary>
    public string? Escalation { get; init; }

    /// <summary>Escalate within this time, as written ("15 min", "immediate", "P1: 5 min / P2: 30 min").</summary>
    public StatedValue? EscalateWithin { get; init; }

    /// <summary>What the level covers, as written, e.g. "one model" or "system-wide".</summary>
    public string? Scope { get; init; }

    /// <summary>How an incident of this level is detected, as written.</summary>
    public string? Detection { get; init; }

    /// <summary>How fast the first response must come, as written, e.g. "15 min" or "immediate".</summary>
    public StatedValue? ResponseTime { get; init; }

    /// <summary>What is done after the incident, in order, e.g. "blameless post-mortem within 5 days".</summary>
    public EquatableList<string> PostIncidentSteps { get; init; } = [];
}
