namespace RadAi.Dsl.Ai.Lineage;

/// <summary>One stage of a lineage path: input, transformation, output, schema version, quality gate.</summary>
/// <param name="Name">Stage name, e.g. "Flink windowed aggregation".</param>
/// <param name="Input">What comes in.</param>
/// <param name="Transformation">What happens.</param>
/// <param name="Output">What goes out.</param>
public sealed record LineageStage(string Name, string Input, string Transformation, string Output)
{
    /// <summary>Schema version at this stage, e.g. "v2.1".</summary>
    public string? SchemaVersion { get; init; }

    /// <summary>Validation rule applied.</summary>
    public string? QualityGate { get; init; }

    /// <summary>The element performing the stage, when modelled.</summary>
    public ElementRef? Element { get; init; }

    /// <summary>The stage name.</summary>
    public override string ToString() => Name;
}
