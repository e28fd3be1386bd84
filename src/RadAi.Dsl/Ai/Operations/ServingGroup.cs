namespace RadAi.Dsl;

/// <summary>
/// A serving group (E8): models served together under one latency and availability commitment. Only the name is
/// required; a fact not stated renders as such.
/// </summary>
public sealed record ServingGroup
{
    /// <summary>The group, e.g. "Real-time synchronous serving".</summary>
    public required string Name { get; init; }

    /// <summary>The models it serves.</summary>
    public EquatableList<ElementRef> Models { get; init; } = [];

    /// <summary>How it serves, as written, e.g. "real-time (synchronous)" or "batch pre-compute".</summary>
    public string? Mode { get; init; }

    /// <summary>Where it runs, as written.</summary>
    public string? Infrastructure { get; init; }

    /// <summary>The latency commitment as written, e.g. "p95 &lt; 250 ms".</summary>
    public string? LatencySla { get; init; }

    /// <summary>The availability commitment as written, e.g. "99.95 %".</summary>
    public string? AvailabilitySla { get; init; }

    /// <summary>Throughput as written, e.g. "14K req/s".</summary>
    public string? Throughput { get; init; }

    /// <summary>How it scales, as written, e.g. "auto-scaling, scale to zero".</summary>
    public string? Scaling { get; init; }
}
