using System.Text.Json.Serialization;

namespace RadAi.Dsl;

/// <summary>An explainability requirement (E4): scope, method, audience, trigger.</summary>
public sealed record ExplainabilityRequirement : RadAiRecord
{
    /// <summary>The AI component (usually an &lt;&lt;ML Model&gt;&gt;) whose outputs are explained.</summary>
    [JsonPropertyName("model")]
    public required ElementRef Component { get; init; }

    /// <summary>Its scope: per decision, aggregate, on demand, …</summary>
    public ExplanationScope? Scope { get; init; }

    /// <summary>The explanation method, e.g. SHAP, LIME, named rows.</summary>
    public string? Method { get; init; }

    /// <summary>Who receives it.</summary>
    public string? Audience { get; init; }

    /// <summary>When it is produced.</summary>
    public string? Trigger { get; init; }
}
