namespace RadAi.Dsl;

/// <summary>A row of the data source inventory (C4-E2).</summary>
public sealed record DataSource : RadAiRecord
{
    /// <summary>Source id, e.g. "DS-001".</summary>
    public required string Id { get; init; }

    /// <summary>Source name.</summary>
    public required string Name { get; init; }

    /// <summary>Database, API, stream, file, manual, pipeline output or aggregate.</summary>
    public DataSourceKind? Kind { get; init; }

    /// <summary>How fresh the source's data is.</summary>
    public required Freshness Freshness { get; init; }

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
