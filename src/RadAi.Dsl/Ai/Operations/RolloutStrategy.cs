namespace RadAi.Dsl;

/// <summary>A deployment strategy for model updates (E8).</summary>
/// <param name="Kind">Canary, blue-green, shadow, … .</param>
/// <param name="Description">How it works here.</param>
/// <param name="WhenToUse">When to use it.</param>
public sealed record RolloutStrategy(RolloutKind Kind, string? Description = null, string? WhenToUse = null) : RadAiRecord;
