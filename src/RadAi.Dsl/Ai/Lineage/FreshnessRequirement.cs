namespace RadAi.Dsl;

/// <summary>What freshness a consumer needs versus what its source gives (C4-E2).</summary>
/// <param name="Consumer">The consuming model or service.</param>
/// <param name="Required">The freshness it needs.</param>
/// <param name="Source">The freshness its source provides.</param>
public sealed record FreshnessRequirement(ElementRef Consumer, Freshness Required, Freshness Source) : RadAiRecord
{
    /// <summary>What can go wrong when the gap opens, e.g. "up to 24 h stale data".</summary>
    public string? GapRisk { get; init; }

    /// <summary>How the system handles it.</summary>
    public string? Mitigation { get; init; }

    /// <summary>Whether the source is staler than required (false when either has no maximum age).</summary>
    public bool HasGap => Required.MaxAge is { } need && Source.MaxAge is { } have && have > need;
}
