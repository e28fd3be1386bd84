namespace RadAi.Dsl.Ai.BoundaryDelineation;

/// <summary>A row of the AI component inventory (E1).</summary>
/// <param name="Component">The AI component.</param>
/// <param name="Type">What it does.</param>
/// <param name="InputDomain">Its inputs.</param>
/// <param name="OutputDomain">Its outputs.</param>
/// <param name="FallbackStrategy">What happens when it fails or is unsure.</param>
public sealed record AiComponent(ElementRef Component, AiTaskType Type, string InputDomain, string OutputDomain, string FallbackStrategy)
{
    /// <summary>The expected confidence range.</summary>
    public ConfidenceRange? Confidence { get; init; }

    /// <summary>Words about confidence, or the whole statement when no range fits ("p-value and confidence intervals per metric").</summary>
    public string? ConfidenceNote { get; init; }
}
