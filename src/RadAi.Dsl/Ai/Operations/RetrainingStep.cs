namespace RadAi.Dsl;

/// <summary>A step of the retraining process (E8).</summary>
public sealed record RetrainingStep : RadAiRecord
{
    /// <summary>The step, e.g. "Validation".</summary>
    public required string Name { get; init; }

    /// <summary>What happens.</summary>
    public string? Description { get; init; }

    /// <summary>Whether it is automated.</summary>
    public bool? Automated { get; init; }

    /// <summary>Typical duration.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Who must approve, or null when no approval is needed.</summary>
    public string? ApprovalBy { get; init; }

    /// <summary>Whether approval is required.</summary>
    public bool ApprovalRequired => ApprovalBy is not null;

    /// <summary>The model this step retrains; steps of different models form separate step lists. Not stated: the step applies to every model.</summary>
    public ElementRef? Model { get; init; }
}
