namespace RadAi.Dsl;

/// <summary>A field of a schema at a pipeline boundary (E3).</summary>
public sealed record SchemaField : RadAiRecord
{
    /// <summary>Field name.</summary>
    public required string Name { get; init; }

    /// <summary>Field type.</summary>
    public string? Type { get; init; }

    /// <summary>Constraints, e.g. "not null, range 0-1".</summary>
    public string? Constraints { get; init; }

    /// <summary>What it holds.</summary>
    public string? Description { get; init; }
}
