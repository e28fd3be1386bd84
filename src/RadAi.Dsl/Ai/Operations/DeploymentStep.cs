namespace RadAi.Dsl;

/// <summary>
/// A step of the deployment process of one model, or of every model when <see cref="Model"/> is not stated (E8): what
/// happens between a trained model and full traffic. Only the name is required; a fact not stated renders as such.
/// </summary>
public sealed record DeploymentStep
{
    /// <summary>The step, e.g. "Register model in registry".</summary>
    public required string Name { get; init; }

    /// <summary>The model this step deploys; steps of different models form separate step lists.</summary>
    public ElementRef? Model { get; init; }

    /// <summary>What happens.</summary>
    public string? Description { get; init; }

    /// <summary>What or who performs it, as written.</summary>
    public string? PerformedBy { get; init; }

    /// <summary>Whether it is automated, when stated.</summary>
    public bool? Automated { get; init; }

    /// <summary>Typical duration as written, e.g. "minutes" or "~30 min".</summary>
    public string? Duration { get; init; }

    /// <summary>Who must approve, when approval is stated.</summary>
    public string? ApprovalBy { get; init; }
}
