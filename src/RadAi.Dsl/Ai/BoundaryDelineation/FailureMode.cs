namespace RadAi.Dsl;

/// <summary>A failure mode of an AI component (E1).</summary>
public sealed record FailureMode : RadAiRecord
{
    /// <summary>The component.</summary>
    public required ElementRef Component { get; init; }

    /// <summary>When it fails, e.g. "confidence &lt; 0.60".</summary>
    public required string Condition { get; init; }

    /// <summary>What the system does.</summary>
    public string? SystemBehavior { get; init; }

    /// <summary>What users experience.</summary>
    public string? UserImpact { get; init; }
}
