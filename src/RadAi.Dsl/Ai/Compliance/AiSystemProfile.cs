namespace RadAi.Dsl;

/// <summary>
/// The facts about an AI system that the EU AI Act's Annex IV asks for and no RAD-AI extension holds: what the
/// system is for, which version is described, its risk class, and how it is developed, run and logged. Every field is
/// optional; the Annex IV checklist reports the ones still missing.
/// </summary>
/// <example><code>
/// workspace.RadAi().Compliance.Describe(new AiSystemProfile
/// {
///     IntendedPurpose = "Rank titles for each member's home page",
///     RiskClassification = RiskClassification.Minimal,
///     Version = "2026.1",
/// });
/// </code></example>
public sealed record AiSystemProfile
{
    /// <summary>The system's name as placed on the market, when it differs from the workspace name.</summary>
    public string? SystemName { get; init; }

    /// <summary>The version of the AI system the documentation describes (Annex IV 1.2).</summary>
    public string? Version { get; init; }

    /// <summary>What the system is intended to be used for, by whom and in which setting (Annex IV 1.1).</summary>
    public string? IntendedPurpose { get; init; }

    /// <summary>The risk class under the Act.</summary>
    public RiskClassification? RiskClassification { get; init; }

    /// <summary>Why the system has that risk class (the Annex III area considered, or why none applies).</summary>
    public string? RiskRationale { get; init; }

    /// <summary>How the system is developed: methods, tooling, validation and sign-off steps (Annex IV 2.1).</summary>
    public string? DevelopmentProcess { get; init; }

    /// <summary>Compute used to develop, train, test and run the system (Annex IV 2.3), when the deployment model does not say it.</summary>
    public string? ComputationalResources { get; init; }

    /// <summary>What the system logs automatically and how the logs support audit and traceability (Annex IV 9.2, Article 12).</summary>
    public string? LoggingAndAudit { get; init; }

    /// <summary>Who assessed the documentation.</summary>
    public string? Assessor { get; init; }

    /// <summary>When the documentation was assessed.</summary>
    public PartialDate? AssessmentDate { get; init; }
}
