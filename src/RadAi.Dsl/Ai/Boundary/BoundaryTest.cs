namespace RadAi.Dsl.Ai.Boundary;

/// <summary>A testing implication of the boundary (C4-E3).</summary>
/// <param name="TestType">e.g. "Fallback testing".</param>
/// <param name="Purpose">What it verifies.</param>
/// <param name="Approach">How.</param>
/// <param name="Frequency">How often, e.g. "on every model deployment", "weekly".</param>
public sealed record BoundaryTest(string TestType, string Purpose, string Approach, Freshness? Frequency = null);
