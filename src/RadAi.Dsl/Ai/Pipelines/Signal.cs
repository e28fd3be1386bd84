namespace RadAi.Dsl.Ai.Pipelines;

/// <summary>An orchestration signal (e.g. a Maestro signal) with its publisher, subscribers and metadata (E3).</summary>
/// <param name="Name">Signal type, e.g. "model_trained".</param>
/// <param name="Publisher">What emits it.</param>
/// <param name="Subscribers">What reacts to it.</param>
/// <param name="Metadata">What it carries.</param>
public sealed record Signal(string Name, string Publisher, EquatableList<string> Subscribers, EquatableList<string> Metadata);
