namespace RadAi.Dsl;

/// <summary>Where an explainability service is integrated (E4).</summary>
public sealed record ExplainabilityIntegration : RadAiRecord
{
    /// <summary>The component.</summary>
    public required ElementRef Component { get; init; }

    /// <summary>The explainability service, e.g. "SHAP server".</summary>
    public required string Service { get; init; }

    /// <summary>Its API, e.g. "REST /explain".</summary>
    public string? ApiSurface { get; init; }

    /// <summary>Its latency budget.</summary>
    public StatedValue? LatencyBudget { get; init; }
}
