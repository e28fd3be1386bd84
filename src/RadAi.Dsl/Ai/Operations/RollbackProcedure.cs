namespace RadAi.Dsl.Ai.Operations;

/// <summary>A rollback procedure (E8): scenario, detection, step, time to roll back, owner, automation.</summary>
/// <param name="Scenario">e.g. "Serving error rate &gt; 1 %".</param>
/// <param name="Detection">How it is noticed.</param>
/// <param name="Step">What is done.</param>
/// <param name="RecoveryTime">Time to roll back (upper bound).</param>
public sealed record RollbackProcedure(string Scenario, string Detection, string Step, TimeSpan RecoveryTime)
{
    /// <summary>Who owns it.</summary>
    public string? Owner { get; init; }

    /// <summary>How automated it is.</summary>
    public AutomationLevel? Automation { get; init; }

    /// <summary>Words qualifying the recovery time, e.g. "per job".</summary>
    public string? RecoveryNote { get; init; }

    /// <summary>The models it rolls back; empty when it applies to every model (a platform-wide procedure).</summary>
    public EquatableList<ElementRef> Models { get; init; } = [];
}
