namespace RadAi.Dsl;

/// <summary>A link from one decision to another, e.g. "supersedes".</summary>
/// <param name="Id">The id of the decision linked to.</param>
/// <param name="Description">What the link means.</param>
public sealed record DecisionLink(string Id, string? Description = null);
