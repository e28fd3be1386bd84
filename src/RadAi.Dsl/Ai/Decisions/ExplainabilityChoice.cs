namespace RadAi.Dsl;

/// <summary>The explainability part of an AI-ADR.</summary>
public sealed record ExplainabilityChoice
{
    /// <summary>The requirement, e.g. "per decision for high-risk".</summary>
    public string? Requirement { get; init; }

    /// <summary>The chosen method, e.g. "SHAP values".</summary>
    public string? Method { get; init; }

    /// <summary>Trade-offs accepted.</summary>
    public string? TradeOffs { get; init; }
}
