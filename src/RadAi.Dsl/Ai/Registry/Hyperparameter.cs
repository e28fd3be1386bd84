namespace RadAi.Dsl;

/// <summary>A hyperparameter, its value and why (E2).</summary>
/// <param name="Name">Parameter name, e.g. "learning_rate".</param>
/// <param name="Value">Its value as configured, e.g. "0.001".</param>
/// <param name="Rationale">Why this value.</param>
public sealed record Hyperparameter(string Name, string? Value = null, string? Rationale = null) : RadAiRecord;
