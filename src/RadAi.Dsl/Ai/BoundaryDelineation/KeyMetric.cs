namespace RadAi.Dsl;

/// <summary>
/// A key metric the system states about itself (E1 system overview), its value as written: "ML projects" =
/// "3,000+", "p99 latency" = "250 ms", "Members served" = "230M+".
/// </summary>
public sealed record KeyMetric : RadAiRecord
{
    /// <summary>What is measured.</summary>
    public required string Name { get; init; }

    /// <summary>The value as written, with its unit.</summary>
    public required string Value { get; init; }

    /// <summary>Where the figure comes from or what qualifies it, e.g. "2024 annual report".</summary>
    public string? Note { get; init; }
}
