namespace RadAi.Dsl.Ai.BoundaryDelineation;

/// <summary>A failure mode of an AI component (E1).</summary>
/// <param name="Component">The component.</param>
/// <param name="Condition">When it fails, e.g. "confidence &lt; 0.60".</param>
/// <param name="SystemBehavior">What the system does.</param>
/// <param name="UserImpact">What users experience.</param>
public sealed record FailureMode(ElementRef Component, string Condition, string SystemBehavior, string UserImpact);
