namespace RadAi.Dsl;

/// <summary>What kind of data source it is.</summary>
public enum DataSourceKind
{
    /// <summary>A database.</summary>
    Database,
    /// <summary>An API (internal or external).</summary>
    Api,
    /// <summary>An event stream (e.g. Kafka).</summary>
    Stream,
    /// <summary>Files.</summary>
    File,
    /// <summary>Manual entry.</summary>
    Manual,
    /// <summary>The output of another (batch) pipeline.</summary>
    PipelineOutput,
    /// <summary>Aggregated from other sources.</summary>
    Aggregate,
}
