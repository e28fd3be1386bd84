namespace RadAi.Dsl;

/// <summary>A dataset in a model's training data lineage (E2).</summary>
/// <param name="Name">Dataset name.</param>
/// <param name="Source">Where it comes from.</param>
public sealed record TrainingDataset(string Name, string? Source = null) : RadAiRecord
{
    /// <summary>The data source id in the lineage overlay, when it is one (e.g. "DS-001").</summary>
    public string? SourceId { get; init; }

    /// <summary>Record count or scale, as stated ("500K", "billions of interaction events").</summary>
    public string? Records { get; init; }

    /// <summary>Feature count or description.</summary>
    public string? Features { get; init; }

    /// <summary>Refresh cadence.</summary>
    public Freshness? Refresh { get; init; }
}
