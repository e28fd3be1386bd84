namespace RadAi.Dsl;

/// <summary>
/// One store of a feature store's topology (E3), e.g. its online and its offline store: what it is for, the technology
/// behind it, its latency and freshness. Only the name is required; a fact not stated renders as such.
/// </summary>
public sealed record FeatureStoreTier
{
    /// <summary>The store, e.g. "Online store".</summary>
    public required string Name { get; init; }

    /// <summary>The &lt;&lt;Feature Store&gt;&gt; element it belongs to, when modelled.</summary>
    public ElementRef? FeatureStore { get; init; }

    /// <summary>The kind as written, e.g. "online" or "offline".</summary>
    public string? Kind { get; init; }

    /// <summary>The technology behind it.</summary>
    public string? Technology { get; init; }

    /// <summary>Read latency as written, e.g. "sub-millisecond".</summary>
    public string? Latency { get; init; }

    /// <summary>How fresh its features are, as written, e.g. "&lt; 5 s from the source event".</summary>
    public string? Freshness { get; init; }

    /// <summary>What it serves, e.g. "real-time inference" or "training with point-in-time correctness".</summary>
    public string? Serves { get; init; }
}
