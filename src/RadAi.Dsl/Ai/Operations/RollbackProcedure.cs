namespace RadAi.Dsl;

/// <summary>A rollback procedure (E8): scenario, detection, step, time to roll back, owner, automation.</summary>
public sealed record RollbackProcedure : RadAiRecord
{
    /// <summary>When it is used, e.g. "Serving error rate &gt; 1 %".</summary>
    public required string Scenario { get; init; }

    /// <summary>How it is noticed.</summary>
    public string? Detection { get; init; }

    /// <summary>What is done.</summary>
    public string? Step { get; init; }

    /// <summary>Time to roll back (upper bound), as written ("30 min", "minutes; varies"); null when not stated.</summary>
    public StatedValue? RecoveryTime { get; init; }

    /// <summary>Who owns it.</summary>
    public string? Owner { get; init; }

    /// <summary>How automated it is.</summary>
    public AutomationLevel? Automation { get; init; }

    /// <summary>Words qualifying the recovery time, e.g. "per job".</summary>
    public string? RecoveryNote { get; init; }

    /// <summary>The models it rolls back; empty when it applies to every model (a platform-wide procedure).</summary>
    public EquatableList<ElementRef> Models { get; init; } = [];
}
