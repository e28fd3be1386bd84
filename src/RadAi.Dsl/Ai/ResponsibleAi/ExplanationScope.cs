namespace RadAi.Dsl;

/// <summary>What an explanation covers.</summary>
public enum ExplanationScope
{
    /// <summary>Each decision.</summary>
    PerDecision,
    /// <summary>Aggregate behaviour.</summary>
    Aggregate,
    /// <summary>On request.</summary>
    OnDemand,
    /// <summary>Internal audits.</summary>
    InternalAudit,
    /// <summary>Statistical summaries (confidence intervals, effect sizes).</summary>
    Statistical,
}
