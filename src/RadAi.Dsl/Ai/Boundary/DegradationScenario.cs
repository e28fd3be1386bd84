namespace RadAi.Dsl;

/// <summary>What happens when non-deterministic components fail (C4-E3 degradation behaviour).</summary>
public sealed record DegradationScenario : RadAiRecord
{
    /// <summary>What fails, e.g. "Model unavailable".</summary>
    public required string Scenario { get; init; }

    /// <summary>How it is detected.</summary>
    public string? Detection { get; init; }

    /// <summary>What the system does.</summary>
    public string? SystemBehavior { get; init; }

    /// <summary>What users experience.</summary>
    public string? UserImpact { get; init; }

    /// <summary>Maximum duration in degraded state, as stated ("indefinite", "&lt; 15 min").</summary>
    public string? MaxDuration { get; init; }

    /// <summary>Affected elements.</summary>
    public EquatableList<ElementRef> Affected { get; init; } = [];
}
