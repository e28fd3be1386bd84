namespace RadAi.Dsl;

/// <summary>One stage of a lineage path: input, transformation, output, schema version, quality gate.</summary>
public sealed record LineageStage : RadAiRecord
{
    /// <summary>Stage name, e.g. "Flink windowed aggregation".</summary>
    public required string Name { get; init; }

    /// <summary>What comes in.</summary>
    public string? Input { get; init; }

    /// <summary>What happens.</summary>
    public string? Transformation { get; init; }

    /// <summary>What goes out.</summary>
    public string? Output { get; init; }

    /// <summary>Schema version at this stage, e.g. "v2.1".</summary>
    public string? SchemaVersion { get; init; }

    /// <summary>Validation rule applied.</summary>
    public string? QualityGate { get; init; }

    /// <summary>The element performing the stage, when modelled.</summary>
    public ElementRef? Element { get; init; }

    /// <summary>The stage name.</summary>
    public override string ToString() => Name;
}
