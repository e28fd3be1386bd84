namespace RadAi.Dsl.Ai.BoundaryDelineation;

/// <summary>A stage of a confidence propagation chain (the example's E1 confidence propagation table).</summary>
/// <param name="Stage">e.g. "Feature freshness".</param>
/// <param name="Components">The components involved.</param>
/// <param name="Contribution">How it affects confidence.</param>
/// <param name="DegradationEffect">What degrades.</param>
public sealed record ConfidencePropagationStage(string Stage, EquatableList<ElementRef> Components, string Contribution, string DegradationEffect)
{
    /// <summary>Components named in words, e.g. "implicit feedback models".</summary>
    public string? ComponentsNote { get; init; }
}
