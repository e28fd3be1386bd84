namespace RadAi.Dsl.Ai.Pipelines;

/// <summary>A field of a schema at a pipeline boundary (E3).</summary>
/// <param name="Name">Field name.</param>
/// <param name="Type">Field type.</param>
/// <param name="Constraints">Constraints, e.g. "not null, range 0-1".</param>
/// <param name="Description">What it holds.</param>
public sealed record SchemaField(string Name, string Type, string? Constraints = null, string? Description = null);
