namespace RadAi.Dsl;

/// <summary>An orchestration signal (e.g. a Maestro signal) with its publisher, subscribers and metadata (E3).</summary>
public sealed record Signal : RadAiRecord
{
    /// <summary>Signal type, e.g. "model_trained".</summary>
    public required string Name { get; init; }

    /// <summary>What emits it.</summary>
    public string? Publisher { get; init; }

    /// <summary>What reacts to it.</summary>
    public EquatableList<string> Subscribers { get; init; } = [];

    /// <summary>What it carries.</summary>
    public EquatableList<string> Metadata { get; init; } = [];
}
