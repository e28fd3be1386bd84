namespace RadAi.Dsl.Ai.Lineage;

/// <summary>A row of the data source inventory (C4-E2).</summary>
/// <param name="Id">Source id, e.g. "DS-001".</param>
/// <param name="Name">Source name.</param>
/// <param name="Kind">Database, API, stream, file, manual, pipeline output or aggregate.</param>
/// <param name="Freshness">How fresh the source's data is.</param>
public sealed record DataSource(string Id, string Name, DataSourceKind Kind, Freshness Freshness)
{
    /// <summary>Owning team.</summary>
    public string? Owner { get; init; }

    /// <summary>Privacy classification.</summary>
    public PrivacyClassification? Privacy { get; init; }

    /// <summary>Technology, e.g. "Kafka" (the example's "Kafka Stream").</summary>
    public string? Technology { get; init; }

    /// <summary>Volume in words, e.g. "hundreds of thousands of events/sec peak".</summary>
    public string? Volume { get; init; }

    /// <summary>Processing mode, e.g. "Streaming (Flink)".</summary>
    public string? ProcessingMode { get; init; }

    /// <summary>The element that is or provides the source, when modelled.</summary>
    public ElementRef? Element { get; init; }

    /// <summary>Source ids this one is derived from (for aggregates).</summary>
    public EquatableList<string> DerivedFrom { get; init; } = [];

    /// <summary>"DS-001 Member Viewing Events".</summary>
    public override string ToString() => Id + " " + Name;
}
