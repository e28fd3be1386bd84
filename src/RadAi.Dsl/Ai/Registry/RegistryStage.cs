namespace RadAi.Dsl;

/// <summary>
/// A stage of the model registry lifecycle (E2), e.g. exploration, staging, production, retired or a stage of your
/// own: what a model must meet to enter it, what promotes it onwards and who approves. Only the name is required; a
/// fact not stated renders as such.
/// </summary>
public sealed record RegistryStage
{
    /// <summary>The stage as written, e.g. "Canary".</summary>
    public required string Name { get; init; }

    /// <summary>What a model in this stage is doing.</summary>
    public string? Description { get; init; }

    /// <summary>What a model must meet to enter the stage.</summary>
    public string? EntryCriteria { get; init; }

    /// <summary>What promotes a model to the next stage.</summary>
    public string? PromotionCriteria { get; init; }

    /// <summary>The stage a model is promoted to, as written.</summary>
    public string? PromotesTo { get; init; }

    /// <summary>Who approves the promotion, or "automatic" as written.</summary>
    public string? Approver { get; init; }
}
