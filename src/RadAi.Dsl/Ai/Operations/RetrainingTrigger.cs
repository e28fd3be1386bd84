namespace RadAi.Dsl.Ai.Operations;

/// <summary>A retraining trigger (E8 retraining policy).</summary>
/// <param name="Name">e.g. "Drift-triggered retrain".</param>
/// <param name="Kind">Scheduled, event-driven or manual.</param>
/// <param name="Condition">When it fires, e.g. "PSI &gt; 0.25 for 3 consecutive checks".</param>
/// <param name="Action">What it does.</param>
public sealed record RetrainingTrigger(string Name, TriggerKind Kind, string Condition, string Action)
{
    /// <summary>The models it retrains.</summary>
    public EquatableList<ElementRef> Models { get; init; } = [];
}
