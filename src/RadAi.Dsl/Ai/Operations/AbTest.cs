namespace RadAi.Dsl;

/// <summary>An A/B test of models (E8): models compared, metric, allocation, guardrails, sample size, duration, decision.</summary>
public sealed record AbTest : RadAiRecord
{
    /// <summary>Test name.</summary>
    public required string Name { get; init; }

    /// <summary>The models compared, as stated, e.g. "A: v12.3, B: v12.4".</summary>
    public string? ModelsCompared { get; init; }

    /// <summary>Primary metric.</summary>
    public string? Metric { get; init; }

    /// <summary>When a variant wins, e.g. "p &lt; 0.05, &gt; 2 % lift".</summary>
    public string? DecisionCriteria { get; init; }

    /// <summary>Share of traffic allocated to the treatment, in [0, 1].</summary>
    public double? Allocation { get; init; }

    /// <summary>Metrics that must not degrade.</summary>
    public EquatableList<string> GuardrailMetrics { get; init; } = [];

    /// <summary>Sample size as stated, e.g. "10K requests".</summary>
    public string? SampleSize { get; init; }

    /// <summary>Planned duration.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>The models, when modelled.</summary>
    public EquatableList<ElementRef> Models { get; init; } = [];
}
