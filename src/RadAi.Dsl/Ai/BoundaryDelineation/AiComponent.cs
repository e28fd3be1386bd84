namespace RadAi.Dsl;

/// <summary>A row of the AI component inventory (E1).</summary>
public sealed record AiComponent : RadAiRecord
{
    /// <summary>The AI component.</summary>
    public required ElementRef Component { get; init; }

    /// <summary>What it does.</summary>
    public AiTaskType? Type { get; init; }

    /// <summary>Its inputs.</summary>
    public string? InputDomain { get; init; }

    /// <summary>Its outputs.</summary>
    public string? OutputDomain { get; init; }

    /// <summary>What happens when it fails or is unsure.</summary>
    public string? FallbackStrategy { get; init; }

    /// <summary>The expected confidence range.</summary>
    public ConfidenceRange? Confidence { get; init; }

    /// <summary>How much depends on the component: a well-known level or your own words; not stated when null.</summary>
    public Criticality? Criticality { get; init; }

    /// <summary>Words about confidence, or the whole statement when no range fits ("p-value and confidence intervals per metric").</summary>
    public string? ConfidenceNote { get; init; }

    /// <summary>
    /// The component's EU AI Act risk class, when stated: one system can hold a high-risk and a limited-risk model, so
    /// the class is stated per component (the system profile states the system's own).
    /// </summary>
    public RiskClassification? RiskClassification { get; init; }

    /// <summary>Why the component has that risk class, e.g. "Annex III 5(b): creditworthiness".</summary>
    public string? RiskRationale { get; init; }
}
