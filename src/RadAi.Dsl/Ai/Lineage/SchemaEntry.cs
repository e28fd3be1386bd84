namespace RadAi.Dsl;

/// <summary>A row of the schema registry (C4-E2).</summary>
/// <param name="Id">Schema id, e.g. "SCH-001".</param>
/// <param name="Version">Current version, e.g. "v4.1".</param>
public sealed record SchemaEntry(string Id, string? Version = null) : RadAiRecord
{
    /// <summary>The data domain, e.g. "Viewing events".</summary>
    public string? Domain { get; init; }

    /// <summary>Fields (or a link to them), in order.</summary>
    public EquatableList<string> Fields { get; init; } = [];

    /// <summary>Pipeline and model ids using the schema, e.g. "PL-001", "MDL-SEARCH".</summary>
    public EquatableList<string> UsedBy { get; init; } = [];

    /// <summary>Breaking changes (latest first), e.g. "v4.0: added view_context".</summary>
    public string? BreakingChanges { get; init; }

    /// <summary>"SCH-VIEW v4.1".</summary>
    public override string ToString() => Version is null ? Id : Id + " " + Version;
}
