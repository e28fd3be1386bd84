namespace RadAi.Dsl;

/// <summary>
/// A rollout plan (E8): how one model version reaches traffic — the traffic split, how long it runs and what promotes
/// it. Only the name is required; a fact not stated renders as such.
/// </summary>
public sealed record RolloutPlan
{
    /// <summary>The plan, e.g. "Ranking model v13 rollout".</summary>
    public required string Name { get; init; }

    /// <summary>The model rolled out, when modelled.</summary>
    public ElementRef? Model { get; init; }

    /// <summary>The version rolled out, as written.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>The strategy as written, e.g. "canary" or "shadow then canary".</summary>
    public string? Strategy { get; init; }

    /// <summary>The traffic split as written, e.g. "1 % → 10 % → 50 % → 100 %".</summary>
    public string? TrafficSplit { get; init; }

    /// <summary>How long the rollout runs, as written, e.g. "24 h per stage".</summary>
    public string? Duration { get; init; }

    /// <summary>What must hold before the version is promoted, one criterion per item.</summary>
    public EquatableList<string> PromotionCriteria { get; init; } = [];

    /// <summary>What stops the rollout and reverts it, as written.</summary>
    public string? RollbackCriteria { get; init; }

    /// <summary>Who owns the rollout.</summary>
    public string? Owner { get; init; }
}
