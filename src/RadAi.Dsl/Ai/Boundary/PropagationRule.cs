namespace RadAi.Dsl;

/// <summary>How non-determinism propagates (C4-E3 propagation rules).</summary>
/// <param name="Rule">e.g. "Cascade fallback".</param>
/// <param name="Description">What it says.</param>
/// <param name="Example">An example.</param>
public sealed record PropagationRule(string Rule, string? Description = null, string? Example = null) : RadAiRecord;
