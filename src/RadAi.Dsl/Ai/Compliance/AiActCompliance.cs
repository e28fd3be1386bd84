namespace RadAi.Dsl;

/// <summary>
/// EU AI Act documentation facts that no RAD-AI extension holds (intended purpose, risk class, version, development
/// process, logging). Stored as JSON in the workspace property <c>radai:compliance.eu-ai-act</c>; the Annex IV
/// checklist (<c>RadAi.Dsl.Analysis.AnnexIvChecklist</c>) reads it together with the extensions.
/// </summary>
public sealed class AiActCompliance : RadAiRegister
{
    private readonly RegisterValue<AiSystemProfile> _profile;

    internal AiActCompliance(RadAiModel root) : base(root) => _profile = Value<AiSystemProfile>("profile", x => Describe(x));

    internal override string Key => RadAiConvention.ComplianceKey;

    /// <summary>The AI system profile, or null when none is described.</summary>
    public AiSystemProfile? Profile => _profile.Value;

    /// <summary>Describes the AI system (replacing an earlier profile).</summary>
    /// <exception cref="ModelException">A text field holds only white space (leave it null instead).</exception>
    public AiSystemProfile Describe(AiSystemProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        RequireText(profile.SystemName, nameof(profile.SystemName));
        RequireText(profile.Version, nameof(profile.Version));
        RequireText(profile.IntendedPurpose, nameof(profile.IntendedPurpose));
        RequireText(profile.RiskRationale, nameof(profile.RiskRationale));
        RequireText(profile.DevelopmentProcess, nameof(profile.DevelopmentProcess));
        RequireText(profile.ComputationalResources, nameof(profile.ComputationalResources));
        RequireText(profile.LoggingAndAudit, nameof(profile.LoggingAndAudit));
        RequireText(profile.Assessor, nameof(profile.Assessor));
        return _profile.Set(profile, "AI system profile");
    }

    private static void RequireText(string? value, string field)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
            throw new ModelException($"AI system profile: {field} is blank; leave it null when it is not known yet.");
    }
}
