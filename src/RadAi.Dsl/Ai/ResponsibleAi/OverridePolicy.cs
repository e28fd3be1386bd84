namespace RadAi.Dsl;

/// <summary>How human overrides and escalation work (E4).</summary>
public sealed record OverridePolicy
{
    /// <summary>How a human overrides an AI decision.</summary>
    public string? OverrideMechanism { get; init; }

    /// <summary>How overrides are tracked.</summary>
    public string? OverrideLogging { get; init; }

    /// <summary>What happens when the system flags uncertainty.</summary>
    public string? EscalationPath { get; init; }
}
