namespace RadAi.Dsl.Ai.Decisions;

/// <summary>A considered alternative of an AI-ADR, e.g. a model family.</summary>
/// <param name="Name">e.g. "Consolidated multi-task model".</param>
/// <param name="Type">e.g. "Neural network".</param>
/// <param name="Pros">Advantages.</param>
/// <param name="Cons">Disadvantages.</param>
public sealed record ConsideredAlternative(string Name, string Type, EquatableList<string> Pros, EquatableList<string> Cons);
