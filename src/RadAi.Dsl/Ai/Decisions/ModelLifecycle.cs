namespace RadAi.Dsl;

/// <summary>The model lifecycle part of an AI-ADR: lifetime, retraining triggers and strategy, rollback.</summary>
public sealed record ModelLifecycle
{
    /// <summary>Expected lifetime before retraining, e.g. "3–6 months".</summary>
    public string? ExpectedLifetime { get; init; }

    /// <summary>Retraining triggers.</summary>
    public EquatableList<string> RetrainingTriggers { get; init; } = [];

    /// <summary>Retraining strategy (full, incremental, fine-tune).</summary>
    public string? RetrainingStrategy { get; init; }

    /// <summary>Rollback plan.</summary>
    public string? RollbackPlan { get; init; }

    /// <summary>Further rows (e.g. "Training infrastructure", "Validation gates").</summary>
    public EquatableList<NamedValue> Additional { get; init; } = [];
}
