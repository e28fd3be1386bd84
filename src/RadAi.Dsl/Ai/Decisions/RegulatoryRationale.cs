namespace RadAi.Dsl;

/// <summary>The regulatory compliance part of an AI-ADR.</summary>
public sealed record RegulatoryRationale
{
    /// <summary>Applicable regulations.</summary>
    public EquatableList<string> Regulations { get; init; } = [];

    /// <summary>Documentation requirements met (e.g. Annex IV items).</summary>
    public EquatableList<string> RequirementsMet { get; init; } = [];
}
