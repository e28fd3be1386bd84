namespace RadAi.Dsl.Ai.Operations;

/// <summary>An incident severity level (E8): condition, response, escalation.</summary>
/// <param name="Level">e.g. "P1".</param>
/// <param name="Condition">When an incident has this level.</param>
/// <param name="Response">What is done.</param>
/// <param name="Escalation">Who is involved, e.g. "VP Engineering".</param>
public sealed record IncidentSeverity(string Level, string Condition, string Response, string Escalation)
{
    /// <summary>Escalate within this time.</summary>
    public TimeSpan? EscalateWithin { get; init; }
}
