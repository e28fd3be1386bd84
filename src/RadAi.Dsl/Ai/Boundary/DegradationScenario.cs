namespace RadAi.Dsl.Ai.Boundary;

/// <summary>What happens when non-deterministic components fail (C4-E3 degradation behaviour).</summary>
/// <param name="Scenario">e.g. "Model unavailable".</param>
/// <param name="Detection">How it is detected.</param>
/// <param name="SystemBehavior">What the system does.</param>
/// <param name="UserImpact">What users experience.</param>
public sealed record DegradationScenario(string Scenario, string Detection, string SystemBehavior, string UserImpact)
{
    /// <summary>Maximum duration in degraded state, as stated ("indefinite", "&lt; 15 min").</summary>
    public string? MaxDuration { get; init; }

    /// <summary>Affected elements.</summary>
    public EquatableList<ElementRef> Affected { get; init; } = [];
}
