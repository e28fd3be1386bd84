namespace RadAi.Dsl;

/// <summary>A considered alternative of an AI-ADR, e.g. a model family.</summary>
public sealed record ConsideredAlternative : RadAiRecord
{
    /// <summary>The alternative, e.g. "Consolidated multi-task model".</summary>
    public required string Name { get; init; }

    /// <summary>Its kind, e.g. "Neural network".</summary>
    public string? Type { get; init; }

    /// <summary>Advantages.</summary>
    public EquatableList<string> Pros { get; init; } = [];

    /// <summary>Disadvantages.</summary>
    public EquatableList<string> Cons { get; init; } = [];
}
