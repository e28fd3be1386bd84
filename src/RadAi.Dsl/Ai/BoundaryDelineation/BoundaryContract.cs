namespace RadAi.Dsl.Ai.BoundaryDelineation;

/// <summary>A boundary-crossing contract (E1): output type, confidence specification, update frequency, fallback.</summary>
/// <param name="From">The AI component producing the output.</param>
/// <param name="To">The consumer on the other side.</param>
/// <param name="OutputType">What crosses, e.g. "ranked rows + relevance scores".</param>
/// <param name="ConfidenceSpecification">When the output is trusted.</param>
/// <param name="UpdateFrequency">How often the output changes (retraining, refresh).</param>
/// <param name="Fallback">What the consumer does otherwise.</param>
public sealed record BoundaryContract(ElementRef From, ElementRef To, string OutputType, string ConfidenceSpecification, Freshness UpdateFrequency, string Fallback)
{
    /// <summary>How quality degrades when the contract is not met.</summary>
    public string? DegradationProfile { get; init; }
}
