namespace RadAi.Dsl;

/// <summary>A retraining trigger (E8 retraining policy).</summary>
public sealed record RetrainingTrigger : RadAiRecord
{
    /// <summary>Trigger name, e.g. "Drift-triggered retrain".</summary>
    public required string Name { get; init; }

    /// <summary>Scheduled, event-driven or manual.</summary>
    public TriggerKind? Kind { get; init; }

    /// <summary>When it fires, e.g. "PSI &gt; 0.25 for 3 consecutive checks".</summary>
    public string? Condition { get; init; }

    /// <summary>What it does.</summary>
    public string? Action { get; init; }

    /// <summary>The models it retrains.</summary>
    public EquatableList<ElementRef> Models { get; init; } = [];
}
