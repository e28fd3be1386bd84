namespace RadAi.Dsl;

/// <summary>A data pipeline (E3 inventory row plus details).</summary>
public sealed record Pipeline : RadAiRecord
{
    /// <summary>Pipeline id, e.g. "PL-001".</summary>
    public required string Id { get; init; }

    /// <summary>Pipeline name.</summary>
    public required string Name { get; init; }

    /// <summary>Batch, streaming, hybrid or event-driven.</summary>
    public PipelineMode? Mode { get; init; }

    /// <summary>Its freshness or latency commitment, e.g. "streaming &lt; 1 s, aggregation hourly".</summary>
    public required Freshness FreshnessSla { get; init; }

    /// <summary>Owning team.</summary>
    public string? Owner { get; init; }

    /// <summary>When it runs, when that differs from its SLA (e.g. "hourly", "on demand").</summary>
    public Freshness? Schedule { get; init; }

    /// <summary>The processing engine, e.g. "Flink".</summary>
    public string? Engine { get; init; }

    /// <summary>Its scale, e.g. "~500K events/sec peak".</summary>
    public string? Scale { get; init; }

    /// <summary>The element running it (usually a &lt;&lt;Data Pipeline&gt;&gt;).</summary>
    public ElementRef? Element { get; init; }

    /// <summary>Stages, in order.</summary>
    public EquatableList<PipelineStage> Stages { get; init; } = [];

    /// <summary>Data quality checkpoints.</summary>
    public EquatableList<QualityCheckpoint> Checkpoints { get; init; } = [];

    /// <summary>Key schema fields at its boundaries.</summary>
    public EquatableList<SchemaField> Schema { get; init; } = [];

    /// <summary>"PL-001 Member Interaction Ingestion".</summary>
    public override string ToString() => Id + " " + Name;
}
