namespace RadAi.Dsl;

/// <summary>A testing implication of the boundary (C4-E3).</summary>
public sealed record BoundaryTest : RadAiRecord
{
    /// <summary>The kind of test, e.g. "Fallback testing".</summary>
    public required string TestType { get; init; }

    /// <summary>What it verifies.</summary>
    public string? Purpose { get; init; }

    /// <summary>How it is tested.</summary>
    public string? Approach { get; init; }

    /// <summary>How often, e.g. "on every model deployment", "weekly".</summary>
    public Freshness? Frequency { get; init; }
}
